package org.paipmanager.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.paipmanager.shared.ParticipantId;

/**
 * An eligibility decision was recorded (PAR-4, PAR-5, PAR-6). Published inside the
 * deciding transaction, so a listener that writes in it succeeds or fails with the
 * decision. It carries codes and sections only, never the screening's answers or the
 * override reason. The outcome and follow-ups are the names of the rules' enums, so
 * listeners depend on this record alone and not on the rules' domain package.
 *
 * @param participantId the participant decided about
 * @param decisionId the recorded decision
 * @param decidedOutcome the outcome decided: {@code ELIGIBLE}, {@code NOT_ELIGIBLE},
 * {@code EXCLUDED}, {@code REFER_FOR_TREATMENT} or {@code REFER_TO_VICTIM_SERVICES}
 * @param overridden whether staff decided another outcome than the rules proposed
 * @param sections the sections behind the rules' proposal
 * @param followUps the codes of the follow-up actions the proposal requires, such as
 * {@code NOTIFY_REFERRER_SERVICES_NOT_APPROPRIATE}
 * @param decidedOn the day of the decision
 * @param revisedDecisionId the earlier decision this one supersedes (501.125(d)(1)), or
 * null for the first decision
 * @param revisedDecidedOn the day of that earlier decision, or null
 */
public record EligibilityDecided(ParticipantId participantId, UUID decisionId, String decidedOutcome,
		boolean overridden, List<String> sections, List<String> followUps, LocalDate decidedOn, UUID revisedDecisionId,
		LocalDate revisedDecidedOn) {

	public EligibilityDecided {
		sections = List.copyOf(sections);
		followUps = List.copyOf(followUps);
	}

	/** Whether this decision revises an earlier one. */
	public boolean revision() {
		return this.revisedDecisionId != null;
	}

}
