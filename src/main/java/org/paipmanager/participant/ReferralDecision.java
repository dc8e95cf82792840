package org.paipmanager.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A recorded decision on a referral (PAR-2, 501.230(a)); reason, sanction and explanation
 * are null for an acceptance.
 */
public record ReferralDecision(UUID id, ReferralOutcome outcome, RejectionReason rejectionReason,
		AlternativeSanction alternativeSanction, String explanation, LocalDate decidedOn, Instant decidedAt,
		String decidedBy) {
}
