package org.paipmanager.referralreports;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/**
 * A report released to the referral source, as its viewer lists it: whom it is about,
 * what it is, for which month and when it was sent.
 */
public record ReleasedReportListing(UUID id, String participantName, ReferralReportKind kind, YearMonth month,
		Instant sentAt) {
}
