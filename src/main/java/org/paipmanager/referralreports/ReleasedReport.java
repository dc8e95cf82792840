package org.paipmanager.referralreports;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/**
 * One report as it was sent to the referral source, for its viewer: the text as sent and
 * when, without the program's internal delivery log.
 *
 * @param html the report as written and sent (participant-side only, never victim
 * information)
 */
public record ReleasedReport(UUID id, String participantName, ReferralReportKind kind, YearMonth month, String subject,
		Instant sentAt, String html) {
}
