package org.paipmanager.staff.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.staff.TrainingCategory;
import org.paipmanager.staff.domain.ComplianceCalendar.Threshold;
import org.paipmanager.staff.domain.ComplianceFinding.Check;
import org.paipmanager.staff.domain.ComplianceFinding.Outcome;
import org.paipmanager.staff.domain.StaffCompliance.Licence;
import org.paipmanager.staff.domain.StaffCompliance.Person;
import org.paipmanager.staff.domain.StaffCompliance.Training;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every staff-compliance deadline, walked through with a clock the test moves.
 */
class ComplianceDeadlineTests {

	private static final LocalDate HIRED = LocalDate.of(2026, 1, 15);

	private final TestClock clock = new TestClock(HIRED);

	@Test
	@DisplayName("PRG-1: hired three months ago without the 20 abuser-services hours, a training plan is required (501.290(b)); a submitted plan awaits the Department's approval")
	void requiresTrainingPlanAfterThreeMonths() {
		Person person = new Person(HIRED, false, null, null);
		List<Training> twelveHours = List.of(training(TrainingCategory.ABUSER_SERVICES, HIRED.plusWeeks(3), "12"));

		this.clock.moveTo(HIRED.plusMonths(3));
		ComplianceFinding onTheDay = find(person, twelveHours, Check.ABUSER_SERVICES_TRAINING);
		assertThat(onTheDay.outcome()).isEqualTo(Outcome.DUE_SOON);
		assertThat(onTheDay.dueOn()).isEqualTo(LocalDate.of(2026, 4, 15));

		this.clock.advance(Period.ofDays(1));
		ComplianceFinding dayAfter = find(person, twelveHours, Check.ABUSER_SERVICES_TRAINING);
		assertThat(dayAfter.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(dayAfter.section()).isEqualTo("501.290(b)");
		assertThat(dayAfter.messageKey()).isEqualTo("compliance.ABUSER_SERVICES_TRAINING.NOT_MET");

		Person withPlan = new Person(HIRED, false, null, null, false, HIRED.plusMonths(3).plusDays(1));
		assertThat(assess(withPlan, twelveHours)).noneMatch((f) -> f.check() == Check.ABUSER_SERVICES_TRAINING)
			.filteredOn((f) -> f.check() == Check.TRAINING_PLAN)
			.singleElement()
			.satisfies((f) -> assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET));
	}

	@Test
	@DisplayName("PRG-1: a training plan submitted to the Department is due for its approval until three months after hire and overdue after, with who submitted it; the Department's approval, with its date and approver, meets 501.290(b)")
	void trainingPlanNeedsTheDepartmentsApproval() {
		List<Training> twelveHours = List.of(training(TrainingCategory.ABUSER_SERVICES, HIRED.plusWeeks(3), "12"));
		LocalDate submitted = HIRED.plusMonths(2);
		Person awaiting = new Person(HIRED, false, null, null, false, submitted, "dwhitfield", null, null, true, true);

		this.clock.moveTo(submitted.plusDays(1));
		ComplianceFinding pending = find(awaiting, twelveHours, Check.TRAINING_PLAN);
		assertThat(pending.outcome()).isEqualTo(Outcome.DUE_SOON);
		assertThat(pending.dueOn()).isEqualTo(LocalDate.of(2026, 4, 15));
		assertThat(pending.section()).isEqualTo("501.290(b)");
		assertThat(pending.arguments()).contains(submitted, "dwhitfield");
		assertThat(ComplianceCalendar.threshold(pending, LocalDate.now(this.clock))).contains(Threshold.DAYS_30);

		this.clock.moveTo(HIRED.plusMonths(3));
		assertThat(find(awaiting, twelveHours, Check.TRAINING_PLAN).outcome()).isEqualTo(Outcome.DUE_SOON);
		this.clock.advance(Period.ofDays(1));
		ComplianceFinding late = find(awaiting, twelveHours, Check.TRAINING_PLAN);
		assertThat(late.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(late.messageKey()).isEqualTo("compliance.TRAINING_PLAN.NOT_MET");
		assertThat(ComplianceCalendar.overdue(List.of(late))).containsExactly(late);

		LocalDate approvedOn = HIRED.plusMonths(3).plusDays(5);
		Person approved = new Person(HIRED, false, null, null, false, submitted, "dwhitfield", approvedOn,
				"M. Ortiz, IDHS", true, true);
		this.clock.moveTo(approvedOn);
		ComplianceFinding met = find(approved, twelveHours, Check.TRAINING_PLAN);
		assertThat(met.outcome()).isEqualTo(Outcome.MET);
		assertThat(met.dueOn()).isNull();
		assertThat(met.arguments()).contains(approvedOn, "M. Ortiz, IDHS");
	}

	@Test
	@DisplayName("PRG-1: abuser-services training not documented to the Department 30 days after completion is overdue (501.290(b))")
	void evidenceIsOverdueThirtyDaysAfterCompletion() {
		Person person = new Person(HIRED, false, null, null);
		LocalDate completed = LocalDate.of(2026, 2, 10);
		List<Training> unsent = List.of(new Training(TrainingCategory.ABUSER_SERVICES, completed, new BigDecimal("20"),
				true, null, "PAIP facilitation", "0"));

		this.clock.moveTo(completed.plusDays(30));
		ComplianceFinding lastDay = find(person, unsent, Check.TRAINING_EVIDENCE);
		assertThat(lastDay.outcome()).isEqualTo(Outcome.DUE_SOON);
		assertThat(lastDay.dueOn()).isEqualTo(LocalDate.of(2026, 3, 12));

		this.clock.advance(Period.ofDays(1));
		assertThat(find(person, unsent, Check.TRAINING_EVIDENCE).outcome()).isEqualTo(Outcome.NOT_MET);

		List<Training> sent = List.of(new Training(TrainingCategory.ABUSER_SERVICES, completed, new BigDecimal("20"),
				true, completed.plusDays(40), "PAIP facilitation", "0"));
		assertThat(find(person, sent, Check.TRAINING_EVIDENCE).outcome()).isEqualTo(Outcome.MET);
		assertThat(find(person, sent, Check.TRAINING_EVIDENCE).dueOn()).isNull();
	}

	@Test
	@DisplayName("PRG-1: under six certified continuing-education hours in a year is overdue from 1 January; hours without a certificate do not count (501.290(c))")
	void continuingEducationUnderSixHoursInAYear() {
		Person veteran = new Person(LocalDate.of(2015, 3, 1), false, null, null);
		List<Training> fiveCertified = List.of(
				training(TrainingCategory.CONTINUING_EDUCATION, LocalDate.of(2025, 4, 1), "6"),
				training(TrainingCategory.CONTINUING_EDUCATION, LocalDate.of(2026, 5, 1), "5"),
				new Training(TrainingCategory.CONTINUING_EDUCATION, LocalDate.of(2026, 6, 1), new BigDecimal("3"),
						false, null, "Webinar without certificate", "1"));

		this.clock.moveTo(LocalDate.of(2026, 12, 31));
		ComplianceFinding lastDay = find(veteran, fiveCertified, Check.CONTINUING_EDUCATION);
		assertThat(lastDay.outcome()).isEqualTo(Outcome.DUE_SOON);
		assertThat(lastDay.arguments().get(0)).isEqualTo(new BigDecimal("5"));

		this.clock.advance(Period.ofDays(1));
		ComplianceFinding missed = find(veteran, fiveCertified, Check.CONTINUING_EDUCATION);
		assertThat(missed.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(missed.dueOn()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(missed.section()).isEqualTo("501.290(c)");
	}

	@Test
	@DisplayName("PRG-2: a facilitator not observed for more than six months is overdue (501.300); a supervisor without the 40 hours is not qualified")
	void observationAfterSixMonthsAndSupervisorQualification() {
		Person person = new Person(HIRED, false, null, null);
		LocalDate observed = LocalDate.of(2026, 3, 3);
		this.clock.moveTo(observed.plusMonths(6));
		assertThat(observation(person, observed).outcome()).isEqualTo(Outcome.DUE_SOON);
		this.clock.advance(Period.ofDays(1));
		assertThat(observation(person, observed).outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(observation(person, observed).dueOn()).isEqualTo(LocalDate.of(2026, 9, 3));

		Person supervisor = new Person(HIRED, false, null, null, true, null);
		List<Training> thirtyNine = List.of(training(TrainingCategory.DOMESTIC_VIOLENCE, HIRED, "39"));
		ComplianceFinding unqualified = find(supervisor, thirtyNine, Check.SUPERVISOR_QUALIFICATION);
		assertThat(unqualified.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(unqualified.section()).isEqualTo("501.300");
		List<Training> forty = List.of(training(TrainingCategory.DOMESTIC_VIOLENCE, HIRED, "40"));
		assertThat(find(supervisor, forty, Check.SUPERVISOR_QUALIFICATION).outcome()).isEqualTo(Outcome.MET);
		assertThat(assess(person, forty)).noneMatch((f) -> f.check() == Check.SUPERVISOR_QUALIFICATION);
	}

	@Test
	@DisplayName("PRG-3: licences expiring within 30, 60 and 90 days fall in those dashboard windows; an expired one is overdue (501.280(c))")
	void licencesByWindow() {
		LocalDate today = LocalDate.of(2026, 6, 1);
		this.clock.moveTo(today);
		Person person = new Person(HIRED, false, null, null);
		List<ComplianceFinding> findings = StaffCompliance
			.assess(person, List.of(), List.of(today),
					List.of(new Licence("LCSW", today.plusDays(30)), new Licence("CADC", today.plusDays(45)),
							new Licence("LPC", today.plusDays(90)), new Licence("LMFT", today.plusDays(91)),
							new Licence("CSW", today.minusDays(1))),
					LocalDate.now(this.clock))
			.stream()
			.filter((f) -> f.check() == Check.LICENCE)
			.toList();
		assertThat(kinds(ComplianceCalendar.dueWithin(findings, today, 30))).containsExactly("LCSW");
		assertThat(kinds(ComplianceCalendar.dueWithin(findings, today, 60))).containsExactly("LCSW", "CADC");
		assertThat(kinds(ComplianceCalendar.dueWithin(findings, today, 90))).containsExactly("LCSW", "CADC", "LPC");
		assertThat(kinds(ComplianceCalendar.overdue(findings))).containsExactly("CSW");
		assertThat(ComplianceCalendar.overdue(findings))
			.allSatisfy((f) -> assertThat(f.section()).isEqualTo("501.280(c)"));
	}

	@Test
	@DisplayName("PRG-1: reminders are due 30 and 7 days before a deadline and once it is overdue, each keyed by its deadline")
	void reminderThresholds() {
		Person person = new Person(HIRED, false, null, null);
		LocalDate expiry = LocalDate.of(2026, 9, 30);
		this.clock.moveTo(expiry.minusDays(31));
		assertThat(ComplianceCalendar.threshold(licence(person, expiry), LocalDate.now(this.clock))).isEmpty();
		this.clock.moveTo(expiry.minusDays(30));
		assertThat(ComplianceCalendar.threshold(licence(person, expiry), LocalDate.now(this.clock)))
			.contains(Threshold.DAYS_30);
		this.clock.moveTo(expiry.minusDays(7));
		assertThat(ComplianceCalendar.threshold(licence(person, expiry), LocalDate.now(this.clock)))
			.contains(Threshold.DAYS_7);
		this.clock.moveTo(expiry);
		assertThat(ComplianceCalendar.threshold(licence(person, expiry), LocalDate.now(this.clock)))
			.contains(Threshold.DAYS_7);
		this.clock.advance(Period.ofDays(1));
		assertThat(ComplianceCalendar.threshold(licence(person, expiry), LocalDate.now(this.clock)))
			.contains(Threshold.OVERDUE);
		assertThat(licence(person, expiry).key()).isEqualTo("LICENCE|LCSW|2026-09-30");
		assertThat(licence(person, expiry.plusYears(2)).key()).isNotEqualTo(licence(person, expiry).key());
	}

	@Test
	@DisplayName("PRG-2: only those who run groups are observed (501.300); staff outside direct service owe continuing education but not the 40 + 20 hours (501.290(b), (c))")
	void checksFollowWhatThePersonDoes() {
		Person administrator = new Person(HIRED, false, null, null, false, null, false, false);
		Person intake = new Person(HIRED, false, null, null, false, null, true, false);
		Person facilitator = new Person(HIRED, false, null, null, false, null, true, true);
		assertThat(assess(administrator, List.of())).extracting(ComplianceFinding::check)
			.containsExactly(Check.CONTINUING_EDUCATION);
		assertThat(assess(intake, List.of())).extracting(ComplianceFinding::check)
			.containsExactly(Check.DOMESTIC_VIOLENCE_TRAINING, Check.ABUSER_SERVICES_TRAINING,
					Check.CONTINUING_EDUCATION);
		assertThat(assess(facilitator, List.of())).extracting(ComplianceFinding::check)
			.containsExactly(Check.DOMESTIC_VIOLENCE_TRAINING, Check.ABUSER_SERVICES_TRAINING,
					Check.CONTINUING_EDUCATION, Check.SUPERVISION_OBSERVATION);
	}

	private ComplianceFinding licence(Person person, LocalDate expiry) {
		return StaffCompliance
			.assess(person, List.of(), List.of(LocalDate.now(this.clock)), List.of(new Licence("LCSW", expiry)),
					LocalDate.now(this.clock))
			.stream()
			.filter((f) -> f.check() == Check.LICENCE)
			.findFirst()
			.orElseThrow();
	}

	private ComplianceFinding observation(Person person, LocalDate observed) {
		return StaffCompliance.assess(person, List.of(), List.of(observed), List.of(), LocalDate.now(this.clock))
			.stream()
			.filter((f) -> f.check() == Check.SUPERVISION_OBSERVATION)
			.findFirst()
			.orElseThrow();
	}

	private List<ComplianceFinding> assess(Person person, List<Training> training) {
		return StaffCompliance.assess(person, training, List.of(LocalDate.now(this.clock)), List.of(),
				LocalDate.now(this.clock));
	}

	private ComplianceFinding find(Person person, List<Training> training, Check check) {
		return assess(person, training).stream().filter((f) -> f.check() == check).findFirst().orElseThrow();
	}

	private static List<Object> kinds(List<ComplianceFinding> findings) {
		return findings.stream().map((f) -> f.arguments().get(0)).toList();
	}

	private static Training training(TrainingCategory category, LocalDate on, String hours) {
		return new Training(category, on, new BigDecimal(hours));
	}

	/** A clock standing at noon UTC of a day the test sets or moves forward. */
	static final class TestClock extends Clock {

		private Instant now;

		TestClock(LocalDate day) {
			moveTo(day);
		}

		void moveTo(LocalDate day) {
			this.now = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
		}

		void advance(Period period) {
			this.now = LocalDate.ofInstant(this.now, ZoneOffset.UTC)
				.plus(period)
				.atTime(12, 0)
				.toInstant(ZoneOffset.UTC);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(this.now, zone);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
