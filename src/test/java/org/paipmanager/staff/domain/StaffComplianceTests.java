package org.paipmanager.staff.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.staff.TrainingCategory;
import org.paipmanager.staff.domain.ComplianceFinding.Check;
import org.paipmanager.staff.domain.ComplianceFinding.Outcome;
import org.paipmanager.staff.domain.StaffCompliance.Licence;
import org.paipmanager.staff.domain.StaffCompliance.Person;
import org.paipmanager.staff.domain.StaffCompliance.Training;

import static org.assertj.core.api.Assertions.assertThat;

class StaffComplianceTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private final Person veteran = new Person(LocalDate.of(2015, 3, 1), false, null, null);

	@Test
	@DisplayName("PRG-1: 40 domestic-violence hours are met only when they add up to 40")
	void countsDomesticViolenceHoursTowardsForty() {
		List<Training> training = new ArrayList<>(
				List.of(training(TrainingCategory.DOMESTIC_VIOLENCE, "2020-01-10", "39.75")));
		assertThat(outcome(training, Check.DOMESTIC_VIOLENCE_TRAINING)).isEqualTo(Outcome.NOT_MET);
		training.add(training(TrainingCategory.DOMESTIC_VIOLENCE, "2020-02-10", "0.25"));
		assertThat(outcome(training, Check.DOMESTIC_VIOLENCE_TRAINING)).isEqualTo(Outcome.MET);
	}

	@Test
	@DisplayName("PRG-1: abuser-services hours missing after three months of employment need a training plan")
	void requiresTrainingPlanWhenAbuserServicesHoursAreMissingAfterThreeMonths() {
		Person newHire = new Person(TODAY.minusMonths(2), false, null, null);
		Person hiredLongerAgo = new Person(TODAY.minusMonths(3).minusDays(1), false, null, null);
		List<Training> training = List.of(training(TrainingCategory.ABUSER_SERVICES, "2026-10-01", "12"));
		assertThat(find(newHire, training, Check.ABUSER_SERVICES_TRAINING).outcome()).isEqualTo(Outcome.DUE_SOON);
		ComplianceFinding late = find(hiredLongerAgo, training, Check.ABUSER_SERVICES_TRAINING);
		assertThat(late.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(late.section()).isEqualTo("501.290(b)");
	}

	@Test
	@DisplayName("PRG-1: six continuing-education hours a year; a missed past year stays a finding")
	void flagsMissedContinuingEducationYear() {
		List<Training> lastYearShort = List.of(training(TrainingCategory.CONTINUING_EDUCATION, "2025-05-01", "5"),
				training(TrainingCategory.CONTINUING_EDUCATION, "2026-02-01", "6"));
		assertThat(outcome(lastYearShort, Check.CONTINUING_EDUCATION)).isEqualTo(Outcome.NOT_MET);
		List<Training> bothYears = List.of(training(TrainingCategory.CONTINUING_EDUCATION, "2025-05-01", "6"),
				training(TrainingCategory.CONTINUING_EDUCATION, "2026-02-01", "6"));
		assertThat(outcome(bothYears, Check.CONTINUING_EDUCATION)).isEqualTo(Outcome.MET);
		List<Training> thisYearOpen = List.of(training(TrainingCategory.CONTINUING_EDUCATION, "2025-05-01", "6"),
				training(TrainingCategory.CONTINUING_EDUCATION, "2026-02-01", "2"));
		assertThat(outcome(thisYearOpen, Check.CONTINUING_EDUCATION)).isEqualTo(Outcome.DUE_SOON);
	}

	@Test
	@DisplayName("PRG-2: a facilitator must be observed running a group at least every six months")
	void flagsOverdueSupervisionObservation() {
		assertThat(StaffCompliance.assess(this.veteran, List.of(), List.of(TODAY.minusMonths(6).minusDays(1)),
				List.of(), TODAY))
			.filteredOn((finding) -> finding.check() == Check.SUPERVISION_OBSERVATION)
			.singleElement()
			.satisfies((finding) -> {
				assertThat(finding.outcome()).isEqualTo(Outcome.NOT_MET);
				assertThat(finding.section()).isEqualTo("501.300");
			});
		assertThat(StaffCompliance.assess(this.veteran, List.of(), List.of(TODAY.minusMonths(5).minusDays(10)),
				List.of(), TODAY))
			.filteredOn((finding) -> finding.check() == Check.SUPERVISION_OBSERVATION)
			.extracting(ComplianceFinding::outcome)
			.containsExactly(Outcome.DUE_SOON);
		assertThat(StaffCompliance.assess(this.veteran, List.of(), List.of(TODAY.minusMonths(1)), List.of(), TODAY))
			.filteredOn((finding) -> finding.check() == Check.SUPERVISION_OBSERVATION)
			.extracting(ComplianceFinding::outcome)
			.containsExactly(Outcome.MET);
	}

	@Test
	@DisplayName("PRG-3: licences are tracked to their expiry date")
	void tracksLicenceExpiry() {
		List<ComplianceFinding> findings = StaffCompliance.assess(this.veteran, List.of(), List.of(TODAY),
				List.of(new Licence("LCSW", TODAY.minusDays(1)), new Licence("CADC", TODAY.plusDays(10)),
						new Licence("LPC", TODAY.plusYears(1))),
				TODAY);
		assertThat(findings).filteredOn((finding) -> finding.check() == Check.LICENCE)
			.extracting(ComplianceFinding::outcome)
			.containsExactly(Outcome.NOT_MET, Outcome.DUE_SOON, Outcome.MET);
	}

	@Test
	@DisplayName("PRG-3: a former perpetrator needs five verified abuse-free years (501.90(d)(2))")
	void requiresFiveVerifiedAbuseFreeYearsForFormerPerpetrator() {
		Person fourYears = new Person(this.veteran.hireDate(), true, TODAY.minusYears(4), TODAY.minusMonths(1));
		Person fiveYearsUnverified = new Person(this.veteran.hireDate(), true, TODAY.minusYears(5), null);
		Person fiveYearsVerified = new Person(this.veteran.hireDate(), true, TODAY.minusYears(5), TODAY.minusMonths(1));
		assertThat(find(fourYears, List.of(), Check.ABUSE_FREE_VERIFICATION).outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(find(fiveYearsUnverified, List.of(), Check.ABUSE_FREE_VERIFICATION).outcome())
			.isEqualTo(Outcome.NOT_MET);
		assertThat(find(fiveYearsVerified, List.of(), Check.ABUSE_FREE_VERIFICATION).outcome()).isEqualTo(Outcome.MET);
		assertThat(StaffCompliance.assess(this.veteran, List.of(), List.of(), List.of(), TODAY))
			.noneMatch((finding) -> finding.check() == Check.ABUSE_FREE_VERIFICATION);
	}

	private Outcome outcome(List<Training> training, Check check) {
		return find(this.veteran, training, check).outcome();
	}

	private static ComplianceFinding find(Person person, List<Training> training, Check check) {
		return StaffCompliance.assess(person, training, List.of(TODAY), List.of(), TODAY)
			.stream()
			.filter((finding) -> finding.check() == check)
			.findFirst()
			.orElseThrow();
	}

	private static Training training(TrainingCategory category, String date, String hours) {
		return new Training(category, LocalDate.parse(date), new BigDecimal(hours));
	}

}
