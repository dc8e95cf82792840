package org.paipmanager.referralreports;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.paipmanager.shared.ParticipantId;

/**
 * One report to a referral source as it was written and sent (OUT-3), with its delivery
 * log, oldest attempt first.
 *
 * @param withdrawn a noncompliance notice withdrawn before it was sent, because the
 * attendance it reported was corrected: it is never sent
 */
public record ReferralReport(UUID id, ParticipantId participantId, YearMonth month, String recipient, String subject,
		String html, Instant createdAt, String createdBy, List<ReportDelivery> deliveries, boolean withdrawn) {

	public ReferralReport {
		deliveries = List.copyOf(deliveries);
	}

	/** Whether the report has left the program under a release. */
	public boolean sent() {
		return this.deliveries.stream().anyMatch(ReportDelivery::sent);
	}

}
