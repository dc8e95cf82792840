package org.paipmanager.eligibility;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.paipmanager.eligibility.domain.EligibilityProposal.Outcome;

/**
 * One recorded eligibility decision, newest first in a participant's history.
 *
 * @param overrideReason why staff chose another outcome than the rules proposed, or null
 */
public record EligibilityDecisionView(UUID id, Outcome proposedOutcome, Outcome decidedOutcome, List<String> sections,
		List<String> followUps, String overrideReason, String decidedBy, Instant decidedAt, boolean superseded) {

	public EligibilityDecisionView {
		sections = List.copyOf(sections);
		followUps = List.copyOf(followUps);
	}

	public boolean overridden() {
		return this.proposedOutcome != this.decidedOutcome;
	}

}
