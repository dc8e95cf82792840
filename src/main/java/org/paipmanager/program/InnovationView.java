package org.paipmanager.program;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A program innovation (501.310) with the Department's decision and the evaluation;
 * {@code evaluationOverdue} once an approved innovation's evaluation date has passed with
 * no evaluation recorded.
 */
public record InnovationView(UUID id, long version, String title, String writtenPlan, String reasons,
		boolean acceptsMonitoring, LocalDate trialStartsOn, LocalDate timeLimitOn, LocalDate evaluationDueOn,
		String evaluationProcess, String principlesAdherence, String evidenceBase, LocalDate submittedOn,
		String pascRecommendation, InnovationDecisionCommand.Decision decision, LocalDate decidedOn,
		LocalDate evaluatedOn, InnovationEvaluationCommand.Outcome outcome, String findings,
		boolean evaluationOverdue) {

	public static final String SECTION = "501.310";

	public boolean approved() {
		return this.decision == InnovationDecisionCommand.Decision.APPROVED;
	}

}
