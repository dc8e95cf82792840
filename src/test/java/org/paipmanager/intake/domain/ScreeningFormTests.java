package org.paipmanager.intake.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.paipmanager.intake.ScreeningAnswers;

import static org.assertj.core.api.Assertions.assertThat;

/** PAR-3: the screening asks every paragraph of 501.115(b)(1)-(10) and checks answers. */
class ScreeningFormTests {

	private static final LocalDate REFERRED = LocalDate.of(2026, 11, 1);

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@Test
	@DisplayName("PAR-3: one step per paragraph (b)(1)-(10), only (9) and (10) clinical, each question citing its paragraph")
	void coversEveryParagraphOfTheRule() {
		assertThat(ScreeningForm.steps()).extracting(ScreeningStep::section)
			.containsExactly("501.115(b)(1)", "501.115(b)(2)", "501.115(b)(3)", "501.115(b)(4)", "501.115(b)(5)",
					"501.115(b)(6)", "501.115(b)(7)", "501.115(b)(8)", "501.115(b)(9)", "501.115(b)(10)");
		assertThat(ScreeningForm.steps().stream().filter(ScreeningStep::clinical).map(ScreeningStep::number))
			.containsExactly(9, 10);
		// (b)(1) A and C-K are asked; B (age) comes from the date of birth.
		assertThat(ScreeningForm.step(1).orElseThrow().fields()).extracting(ScreeningField::section)
			.containsExactly("501.115(b)(1)(A)", "501.115(b)(1)(C)", "501.115(b)(1)(D)", "501.115(b)(1)(E)",
					"501.115(b)(1)(F)", "501.115(b)(1)(G)", "501.115(b)(1)(H)", "501.115(b)(1)(I)", "501.115(b)(1)(J)",
					"501.115(b)(1)(K)");
		Map<String, Long> codes = ScreeningForm.steps()
			.stream()
			.flatMap((step) -> step.fields().stream())
			.collect(Collectors.groupingBy(ScreeningField::code, Collectors.counting()));
		assertThat(codes.values()).as("question codes are unique").containsOnly(1L);
	}

	@Test
	@DisplayName("PAR-3: a screening date in the future or before the referral is refused")
	void refusesImpossibleScreeningDates() {
		ScreeningStep identification = ScreeningForm.step(1).orElseThrow();
		assertThat(ScreeningForm.check(identification, Map.of("screenedOn", "2026-11-24"), REFERRED, TODAY))
			.containsEntry("screenedOn", "screening.error.future");
		assertThat(ScreeningForm.check(identification, Map.of("screenedOn", "2026-10-31"), REFERRED, TODAY))
			.containsEntry("screenedOn", "screening.error.beforeReferral");
		assertThat(ScreeningForm.check(identification, Map.of("screenedOn", "23/11/2026"), REFERRED, TODAY))
			.containsEntry("screenedOn", "screening.error.date");
		assertThat(ScreeningForm.check(identification, Map.of("screenedOn", "2026-11-23"), REFERRED, TODAY)).isEmpty();
	}

	@Test
	@DisplayName("PAR-3: choices outside the list, counts out of range and over-long text are refused")
	void refusesAnswersInTheWrongForm() {
		ScreeningStep identification = ScreeningForm.step(1).orElseThrow();
		Map<String, String> problems = ScreeningForm.check(identification,
				Map.of("raceEthnicity", "MARTIAN", "numberOfChildren", "-1", "address", "x".repeat(201)), REFERRED,
				TODAY);
		assertThat(problems).containsEntry("raceEthnicity", "screening.error.choice")
			.containsEntry("numberOfChildren", "screening.error.count")
			.containsEntry("address", "screening.error.tooLong");
		assertThat(ScreeningForm.check(identification, Map.of("numberOfChildren", "two"), REFERRED, TODAY))
			.containsEntry("numberOfChildren", "screening.error.count");
	}

	@Test
	@DisplayName("PAR-3: legal records not obtained must be noted in the record (501.115(b)(3))")
	void asksWhyLegalRecordsAreMissing() {
		ScreeningStep legal = ScreeningForm.step(3).orElseThrow();
		Map<String, String> answers = new HashMap<>(ScreeningAnswers.complete(TODAY).get(3));
		assertThat(ScreeningForm.missing(legal, answers)).isEmpty();
		answers.remove("policeReports");
		assertThat(ScreeningForm.missing(legal, answers)).containsOnlyKeys("legalRecordsNote");
		answers.put("legalRecordsNote", "Police report requested, not received yet.");
		assertThat(ScreeningForm.missing(legal, answers)).isEmpty();
		answers.put("courtOrdersOnFile", "NO");
		answers.remove("legalRecordsNote");
		assertThat(ScreeningForm.missing(legal, answers)).containsOnlyKeys("legalRecordsNote");
	}

	@Test
	@DisplayName("PAR-3: possible child or elder abuse needs the DCFS or Aging report recorded (501.145)")
	void asksForTheProtectiveServicesReport() {
		ScreeningStep outside = ScreeningForm.step(5).orElseThrow();
		Map<String, String> answers = new HashMap<>(ScreeningAnswers.complete(TODAY).get(5));
		answers.put("possibleElderAbuse", "YES");
		assertThat(ScreeningForm.missing(outside, answers)).containsOnlyKeys("protectiveServicesCoordination");
		answers.put("protectiveServicesCoordination", "Reported to the Department on Aging hotline.");
		assertThat(ScreeningForm.missing(outside, answers)).isEmpty();
	}

	@Test
	@DisplayName("PAR-3: the screening is complete only when every step holds its required answers")
	void findsIncompleteSteps() {
		Map<String, String> all = new HashMap<>();
		ScreeningAnswers.complete(TODAY).values().forEach(all::putAll);
		assertThat(ScreeningForm.incompleteSteps(all)).isEmpty();
		all.remove("substanceUse");
		all.remove("fearAndAutonomy");
		assertThat(ScreeningForm.incompleteSteps(all)).isEqualTo(List.of(4, 10));
		assertThat(ScreeningForm.incompleteSteps(Map.of())).hasSize(10);
	}

	@Test
	@DisplayName("PAR-3: nothing in the screening asks for the victim's words or whereabouts (501.115(b)(6))")
	void asksNothingOfTheVictim() {
		// Only what the participant and the records tell: no question for the victim.
		assertThat(ScreeningForm.step(6).orElseThrow().fields()).extracting(ScreeningField::code)
			.containsExactly("weaponAccess", "threatsToKill", "strangulation", "escalation", "recentSeparation",
					"riskLevel", "riskNotes");
	}

}
