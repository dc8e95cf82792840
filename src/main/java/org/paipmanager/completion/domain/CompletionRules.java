package org.paipmanager.completion.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.paipmanager.completion.CompletionBlocker;
import org.paipmanager.completion.CompletionCriterion;
import org.paipmanager.completion.TerminationReason;
import org.paipmanager.participant.ProgramStage;

/**
 * The 501.160 rules for ending a program: what must be attended, what blocks completion,
 * and what an extension or a termination must document. Pure: no Spring.
 */
public final class CompletionRules {

	private CompletionRules() {
	}

	/** Sessions and hours a participant must attend. */
	public record Requirement(int sessions, BigDecimal hours) {
	}

	/**
	 * The stricter of the rule minimum (501.90(a), raised by a transfer under 501.250)
	 * and the referral source's standard (GRP-6), plus the sessions extensions added
	 * (501.160(b)).
	 * @param ruleSessions sessions the rule asks of this participant
	 * @param standardSessions the standard's sessions, or null without a standard
	 */
	public static Requirement requirement(int ruleSessions, BigDecimal ruleHours, Integer standardSessions,
			BigDecimal standardHours, int extensionSessions) {
		int sessions = (standardSessions == null) ? ruleSessions : Math.max(ruleSessions, standardSessions);
		BigDecimal hours = (standardHours == null) ? ruleHours : ruleHours.max(standardHours);
		return new Requirement(sessions + extensionSessions, hours);
	}

	/**
	 * Why the program cannot be completed yet: not enrolled, sessions or hours short, or
	 * a 501.160(a) criterion not assessed as met. Completion needs every one (GRP-7).
	 * @param met the latest assessment of each criterion assessed so far
	 */
	public static List<CompletionBlocker> blockers(ProgramStage stage, int sessions, BigDecimal hours,
			Requirement required, Map<CompletionCriterion, Boolean> met) {
		List<CompletionBlocker> blockers = new ArrayList<>();
		if (stage != ProgramStage.ENROLLED) {
			blockers.add(new CompletionBlocker("stage", "completion.blocker.notEnrolled", "501.155"));
		}
		if (sessions < required.sessions()) {
			blockers.add(new CompletionBlocker("sessions", "completion.blocker.sessions", "501.90(a)"));
		}
		if (hours.compareTo(required.hours()) < 0) {
			blockers.add(new CompletionBlocker("hours", "completion.blocker.hours", "501.90(a)"));
		}
		for (CompletionCriterion criterion : CompletionCriterion.values()) {
			Boolean assessed = met.get(criterion);
			if (assessed == null) {
				blockers.add(
						new CompletionBlocker(criterion.name(), "completion.blocker.notAssessed", criterion.section()));
			}
			else if (!assessed) {
				blockers.add(new CompletionBlocker(criterion.name(), "completion.blocker.notMet", criterion.section()));
			}
		}
		return blockers;
	}

	/**
	 * 501.160(b): an extension documents the lack of progress, so it names the criteria
	 * not yet met (none of them assessed as met), and is shared with the participant no
	 * earlier than it was decided.
	 * @return message keys by field; empty when the extension may be recorded
	 */
	public static Map<String, String> checkExtension(ProgramStage stage, Set<CompletionCriterion> named,
			Map<CompletionCriterion, Boolean> met, LocalDate decidedOn, LocalDate participantToldOn) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (stage != ProgramStage.ENROLLED) {
			problems.put("*", "completion.refused.notEnrolled");
		}
		if (named.isEmpty()) {
			problems.put("criteriaNotMet", "completion.extension.nameCriteria");
		}
		else if (named.stream().anyMatch((criterion) -> Boolean.TRUE.equals(met.get(criterion)))) {
			problems.put("criteriaNotMet", "completion.extension.criterionMet");
		}
		if (decidedOn != null && participantToldOn != null && participantToldOn.isBefore(decidedOn)) {
			problems.put("participantToldOn", "completion.extension.toldBeforeDecided");
		}
		return problems;
	}

	/**
	 * A termination carries a coded reason, explained in words when the code is
	 * {@link TerminationReason#OTHER}, and ends no earlier than the program began
	 * (GRP-9).
	 */
	public static Map<String, String> checkTermination(ProgramStage stage, TerminationReason reason, String explanation,
			LocalDate endedOn, LocalDate programStart) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (stage != ProgramStage.ENROLLED) {
			problems.put("*", "completion.refused.notEnrolled");
		}
		if (reason == null) {
			problems.put("reason", "completion.termination.reasonRequired");
		}
		else if (reason == TerminationReason.OTHER && (explanation == null || explanation.isBlank())) {
			problems.put("explanation", "completion.termination.explain");
		}
		checkEndDate(problems, endedOn, programStart);
		return problems;
	}

	/**
	 * Completion only when nothing blocks it (501.160(a)), on a day no earlier than the
	 * program began.
	 */
	public static Map<String, String> checkCompletion(List<CompletionBlocker> blockers, LocalDate endedOn,
			LocalDate programStart) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (!blockers.isEmpty()) {
			problems.put("*", "completion.refused.notReady");
		}
		blockers.forEach((blocker) -> problems.put(blocker.field(), blocker.messageKey()));
		checkEndDate(problems, endedOn, programStart);
		return problems;
	}

	private static void checkEndDate(Map<String, String> problems, LocalDate endedOn, LocalDate programStart) {
		if (endedOn != null && programStart != null && endedOn.isBefore(programStart)) {
			problems.put("endedOn", "completion.ending.beforeStart");
		}
	}

}
