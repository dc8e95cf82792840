package org.paipmanager.completion.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.paipmanager.completion.CompletionBlocker;
import org.paipmanager.completion.CompletionCriterion;
import org.paipmanager.completion.TerminationReason;
import org.paipmanager.participant.ProgramStage;

import static org.assertj.core.api.Assertions.assertThat;

class CompletionRulesTests {

	private static final BigDecimal RULE_HOURS = BigDecimal.valueOf(36);

	private static Map<CompletionCriterion, Boolean> allMet() {
		Map<CompletionCriterion, Boolean> met = new EnumMap<>(CompletionCriterion.class);
		for (CompletionCriterion criterion : CompletionCriterion.values()) {
			met.put(criterion, true);
		}
		return met;
	}

	@Test
	@DisplayName("GRP-5: without a standard the rule minimum of 24 sessions and 36 hours applies")
	void appliesTheRuleMinimumWithoutAStandard() {
		CompletionRules.Requirement required = CompletionRules.requirement(24, RULE_HOURS, null, null, 0);
		assertThat(required.sessions()).isEqualTo(24);
		assertThat(required.hours()).isEqualByComparingTo("36");
	}

	@Test
	@DisplayName("GRP-6: a referral source standard of 26 sessions is stricter and applies; extensions add to it")
	void appliesTheStricterStandardPlusExtensions() {
		CompletionRules.Requirement required = CompletionRules.requirement(24, RULE_HOURS, 26, BigDecimal.valueOf(39),
				6);
		assertThat(required.sessions()).isEqualTo(32);
		assertThat(required.hours()).isEqualByComparingTo("39");
	}

	@Test
	@DisplayName("GRP-6: a standard never lowers the rule minimum, nor what a transfer raised it to")
	void neverGoesBelowTheRule() {
		CompletionRules.Requirement required = CompletionRules.requirement(28, RULE_HOURS, 26, RULE_HOURS, 0);
		assertThat(required.sessions()).isEqualTo(28);
	}

	@Test
	@DisplayName("GRP-7: with every criterion met and attendance reached, nothing blocks completion")
	void nothingBlocksACompleteRecord() {
		assertThat(CompletionRules.blockers(ProgramStage.ENROLLED, 24, RULE_HOURS,
				CompletionRules.requirement(24, RULE_HOURS, null, null, 0), allMet()))
			.isEmpty();
	}

	@Test
	@DisplayName("GRP-7: each criterion not assessed or not met blocks completion, citing its paragraph of 501.160(a)")
	void eachMissingCriterionBlocks() {
		Map<CompletionCriterion, Boolean> met = allMet();
		met.remove(CompletionCriterion.PREVENTION_PLAN);
		met.put(CompletionCriterion.NO_CURRENT_VIOLENCE, false);
		List<CompletionBlocker> blockers = CompletionRules.blockers(ProgramStage.ENROLLED, 30, BigDecimal.valueOf(45),
				CompletionRules.requirement(24, RULE_HOURS, null, null, 0), met);
		assertThat(blockers)
			.extracting(CompletionBlocker::field, CompletionBlocker::messageKey, CompletionBlocker::section)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("PREVENTION_PLAN", "completion.blocker.notAssessed",
							"501.160(a)(5)"),
					org.assertj.core.groups.Tuple.tuple("NO_CURRENT_VIOLENCE", "completion.blocker.notMet",
							"501.160(a)(6)"));
	}

	@Test
	@DisplayName("GRP-5, GRP-6: sessions or hours short of the standard block completion under 501.90(a)")
	void attendanceShortOfTheStandardBlocks() {
		List<CompletionBlocker> blockers = CompletionRules.blockers(ProgramStage.ENROLLED, 25, BigDecimal.valueOf(37),
				CompletionRules.requirement(24, RULE_HOURS, 26, BigDecimal.valueOf(39), 0), allMet());
		assertThat(blockers).extracting(CompletionBlocker::field).containsExactly("sessions", "hours");
		assertThat(blockers).allMatch((blocker) -> blocker.section().equals("501.90(a)"));
	}

	@Test
	@DisplayName("GRP-7: only an enrolled participant completes")
	void onlyEnrolledParticipantsComplete() {
		assertThat(CompletionRules.blockers(ProgramStage.ELIGIBLE, 24, RULE_HOURS,
				CompletionRules.requirement(24, RULE_HOURS, null, null, 0), allMet()))
			.extracting(CompletionBlocker::field)
			.containsExactly("stage");
	}

	@Test
	@DisplayName("GRP-8: an extension names the criteria not met, none of them assessed as met (501.160(b))")
	void extensionDocumentsTheLackOfProgress() {
		LocalDate day = LocalDate.of(2026, 11, 2);
		Map<CompletionCriterion, Boolean> met = Map.of(CompletionCriterion.RESPECTFUL_LANGUAGE, true);
		assertThat(CompletionRules.checkExtension(ProgramStage.ENROLLED, EnumSet.noneOf(CompletionCriterion.class), met,
				day, day))
			.containsEntry("criteriaNotMet", "completion.extension.nameCriteria");
		assertThat(CompletionRules.checkExtension(ProgramStage.ENROLLED,
				EnumSet.of(CompletionCriterion.RESPECTFUL_LANGUAGE), met, day, day))
			.containsEntry("criteriaNotMet", "completion.extension.criterionMet");
		assertThat(CompletionRules.checkExtension(ProgramStage.ENROLLED,
				EnumSet.of(CompletionCriterion.ADMISSION_AND_ACCOUNTABILITY), met, day, day.minusDays(1)))
			.containsOnlyKeys("participantToldOn");
		assertThat(CompletionRules.checkExtension(ProgramStage.ENROLLED,
				EnumSet.of(CompletionCriterion.ADMISSION_AND_ACCOUNTABILITY), met, day, day.plusDays(3)))
			.isEmpty();
	}

	@Test
	@DisplayName("GRP-9: a termination needs a coded reason, and words when the code is OTHER")
	void terminationNeedsACodedReason() {
		LocalDate start = LocalDate.of(2026, 6, 1);
		LocalDate end = LocalDate.of(2026, 9, 1);
		assertThat(CompletionRules.checkTermination(ProgramStage.ENROLLED, null, null, end, start))
			.containsOnlyKeys("reason");
		assertThat(CompletionRules.checkTermination(ProgramStage.ENROLLED, TerminationReason.OTHER, " ", end, start))
			.containsOnlyKeys("explanation");
		assertThat(CompletionRules.checkTermination(ProgramStage.ENROLLED, TerminationReason.ABSENCES, null,
				start.minusDays(1), start))
			.containsOnlyKeys("endedOn");
		assertThat(
				CompletionRules.checkTermination(ProgramStage.ENROLLED, TerminationReason.ABSENCES, null, end, start))
			.isEmpty();
		assertThat(
				CompletionRules.checkTermination(ProgramStage.COMPLETED, TerminationReason.ABSENCES, null, end, start))
			.containsOnlyKeys("*");
	}

	@Test
	@DisplayName("GRP-7: completion with blockers is refused naming each one")
	void completionRefusedWithBlockers() {
		List<CompletionBlocker> blockers = List
			.of(new CompletionBlocker("sessions", "completion.blocker.sessions", "501.90(a)"));
		assertThat(CompletionRules.checkCompletion(blockers, LocalDate.of(2026, 9, 1), null))
			.containsEntry("*", "completion.refused.notReady")
			.containsEntry("sessions", "completion.blocker.sessions");
		assertThat(CompletionRules.checkCompletion(List.of(), LocalDate.of(2026, 9, 1), null)).isEmpty();
	}

}
