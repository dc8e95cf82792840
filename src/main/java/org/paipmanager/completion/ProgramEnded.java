package org.paipmanager.completion;

import java.time.LocalDate;

import org.paipmanager.participant.ProgramStage;
import org.paipmanager.shared.ParticipantId;

/**
 * A participant's program ended: completed, or terminated with a coded reason (501.160),
 * the point at which the final report to the referral source is due (501.115(b)(11)(I)).
 *
 * @param reason null for a completion
 */
public record ProgramEnded(ParticipantId participantId, ProgramStage outcome, LocalDate endedOn,
		TerminationReason reason) {
}
