package org.paipmanager.statistics;

import java.time.LocalDateTime;

/**
 * One revision of the agency's written plan for evaluating its effectiveness (501.170,
 * OUT-2). Revision 0 is the empty plan of an agency that has written none yet.
 */
public record EvaluationPlan(int revision, String goals, String measures, String dataCollected, String schedule,
		String savedBy, LocalDateTime savedAt) {

	static EvaluationPlan none() {
		return new EvaluationPlan(0, "", "", "", "", null, null);
	}

	/** The form to edit this revision. */
	public EvaluationPlanCommand toCommand() {
		return new EvaluationPlanCommand(this.revision, this.goals, this.measures, this.dataCollected, this.schedule);
	}

}
