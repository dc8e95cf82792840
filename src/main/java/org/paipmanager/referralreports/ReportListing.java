package org.paipmanager.referralreports;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

import org.paipmanager.shared.ParticipantId;

/**
 * A report to a referral source in a list: whom it is about, for which month, and whether
 * it was sent (null while held).
 */
public record ReportListing(UUID id, ParticipantId participantId, String participantName, YearMonth month,
		String recipient, Instant createdAt, Instant sentAt) {

	public boolean sent() {
		return this.sentAt != null;
	}

}
