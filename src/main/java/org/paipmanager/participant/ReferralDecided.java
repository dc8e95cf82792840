package org.paipmanager.participant;

import java.time.LocalDate;
import java.util.UUID;

import org.paipmanager.shared.ParticipantId;

/**
 * A referral was accepted or rejected (PAR-2, 501.230(a)). Published inside the deciding
 * transaction; the referral source is to be told of the decision.
 *
 * @param participantId the participant decided about
 * @param decisionId the recorded decision
 * @param outcome accepted or rejected
 * @param rejectionReason the coded reason of a rejection, else null
 * @param alternativeSanction the recommended alternative of a rejection, else null
 * @param explanation the staff member's explanation, or null
 * @param decidedOn the day of the decision
 */
public record ReferralDecided(ParticipantId participantId, UUID decisionId, ReferralOutcome outcome,
		RejectionReason rejectionReason, AlternativeSanction alternativeSanction, String explanation,
		LocalDate decidedOn) {
}
