package org.paipmanager.staff.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.paipmanager.staff.TrainingCategory;
import org.paipmanager.staff.domain.ComplianceFinding.Check;
import org.paipmanager.staff.domain.ComplianceFinding.Outcome;

/**
 * Assesses one staff member against the training, supervision and ethics rules of
 * 501.280-501.300 on a given day. Pure: the caller supplies today's date.
 */
public final class StaffCompliance {

	static final BigDecimal DOMESTIC_VIOLENCE_HOURS = new BigDecimal("40");

	static final BigDecimal ABUSER_SERVICES_HOURS = new BigDecimal("20");

	static final BigDecimal CONTINUING_EDUCATION_HOURS_PER_YEAR = new BigDecimal("6");

	static final int ABUSE_FREE_YEARS = 5;

	/** 501.290(b): training documentation reaches the Department within 30 days. */
	static final int EVIDENCE_DAYS = 30;

	/** How far ahead a deadline counts as due soon. */
	static final int WARNING_DAYS = 30;

	private StaffCompliance() {
	}

	/**
	 * A training entry; {@code item} identifies it (its position in the ledger) and
	 * {@code verified} says a certificate of attendance or completion is on file.
	 */
	public record Training(TrainingCategory category, LocalDate completedOn, BigDecimal hours, boolean verified,
			LocalDate sentToDepartmentOn, String title, String item) {

		public Training(TrainingCategory category, LocalDate completedOn, BigDecimal hours) {
			this(category, completedOn, hours, true, null, "", "");
		}

	}

	public record Licence(String kind, LocalDate expiresOn) {
	}

	/**
	 * The person assessed. {@code directService}: works with participants or supervises
	 * (the 40 + 20 hours of 501.290(b)); {@code facilitator}: runs groups (observed under
	 * 501.300).
	 */
	public record Person(LocalDate hireDate, boolean formerPerpetrator, LocalDate abuseFreeSince,
			LocalDate abuseFreeVerifiedOn, boolean supervisor, LocalDate trainingPlanSubmittedOn,
			String trainingPlanSubmittedBy, LocalDate trainingPlanApprovedOn, String trainingPlanApprovedBy,
			boolean directService, boolean facilitator) {

		public Person(LocalDate hireDate, boolean formerPerpetrator, LocalDate abuseFreeSince,
				LocalDate abuseFreeVerifiedOn, boolean supervisor, LocalDate trainingPlanSubmittedOn,
				boolean directService, boolean facilitator) {
			this(hireDate, formerPerpetrator, abuseFreeSince, abuseFreeVerifiedOn, supervisor, trainingPlanSubmittedOn,
					null, null, null, directService, facilitator);
		}

		public Person(LocalDate hireDate, boolean formerPerpetrator, LocalDate abuseFreeSince,
				LocalDate abuseFreeVerifiedOn) {
			this(hireDate, formerPerpetrator, abuseFreeSince, abuseFreeVerifiedOn, false, null);
		}

		public Person(LocalDate hireDate, boolean formerPerpetrator, LocalDate abuseFreeSince,
				LocalDate abuseFreeVerifiedOn, boolean supervisor, LocalDate trainingPlanSubmittedOn) {
			this(hireDate, formerPerpetrator, abuseFreeSince, abuseFreeVerifiedOn, supervisor, trainingPlanSubmittedOn,
					true, true);
		}

	}

	public static List<ComplianceFinding> assess(Person person, List<Training> training, List<LocalDate> observations,
			List<Licence> licences, LocalDate today) {
		List<ComplianceFinding> findings = new ArrayList<>();
		// 501.290(b): direct service staff and supervisors.
		if (person.directService() || person.supervisor()) {
			findings.add(domesticViolenceTraining(person, training));
			findings.add(abuserServicesTraining(person, training, today));
			training.stream()
				.filter((entry) -> entry.category() == TrainingCategory.ABUSER_SERVICES)
				.sorted(Comparator.comparing(Training::completedOn))
				.forEach((entry) -> findings.add(evidence(entry, today)));
		}
		// 501.290(c): all PAIP staff.
		findings.add(continuingEducation(person, training, today));
		if (person.supervisor()) {
			findings.add(supervisorQualification(person, training));
		}
		// 501.300: supervisors observe facilitators.
		if (person.facilitator()) {
			findings.add(supervisionObservation(person, observations, today));
		}
		licences.stream()
			.sorted(Comparator.comparing(Licence::expiresOn))
			.forEach((licence) -> findings.add(licence(licence, today)));
		if (person.formerPerpetrator()) {
			findings.add(abuseFree(person, today));
		}
		return findings;
	}

	// 501.290(b): 40 hours consistent with the Illinois Domestic Violence Act, needed
	// from
	// the start of direct service.
	private static ComplianceFinding domesticViolenceTraining(Person person, List<Training> training) {
		BigDecimal hours = hours(training, TrainingCategory.DOMESTIC_VIOLENCE, null, null);
		boolean met = hours.compareTo(DOMESTIC_VIOLENCE_HOURS) >= 0;
		return new ComplianceFinding(Check.DOMESTIC_VIOLENCE_TRAINING, met ? Outcome.MET : Outcome.NOT_MET,
				"501.290(b)", List.of(hours, DOMESTIC_VIOLENCE_HOURS), met ? null : person.hireDate());
	}

	// 501.290(b): 20 Department-approved hours within the first three months, else a
	// training plan submitted to the Department.
	private static ComplianceFinding abuserServicesTraining(Person person, List<Training> training, LocalDate today) {
		BigDecimal hours = hours(training, TrainingCategory.ABUSER_SERVICES, null, null);
		LocalDate planDue = person.hireDate().plusMonths(3);
		if (hours.compareTo(ABUSER_SERVICES_HOURS) >= 0) {
			return new ComplianceFinding(Check.ABUSER_SERVICES_TRAINING, Outcome.MET, "501.290(b)",
					List.of(hours, ABUSER_SERVICES_HOURS, planDue), null);
		}
		// "... must submit a training plan to the Department for approval": a plan
		// submitted answers the rule once the Department approved it; until then it is
		// due by the end of the three months, and overdue after.
		if (person.trainingPlanSubmittedOn() != null) {
			List<Object> plan = List.of(hours, ABUSER_SERVICES_HOURS, person.trainingPlanSubmittedOn(),
					text(person.trainingPlanSubmittedBy()),
					(person.trainingPlanApprovedOn() != null) ? person.trainingPlanApprovedOn() : "",
					text(person.trainingPlanApprovedBy()), planDue);
			if (person.trainingPlanApprovedOn() != null) {
				return new ComplianceFinding(Check.TRAINING_PLAN, Outcome.MET, "501.290(b)", plan, null);
			}
			return new ComplianceFinding(Check.TRAINING_PLAN,
					today.isAfter(planDue) ? Outcome.NOT_MET : Outcome.DUE_SOON, "501.290(b)", plan, planDue);
		}
		Outcome outcome = today.isAfter(planDue) ? Outcome.NOT_MET : Outcome.DUE_SOON;
		return new ComplianceFinding(Check.ABUSER_SERVICES_TRAINING, outcome, "501.290(b)",
				List.of(hours, ABUSER_SERVICES_HOURS, planDue), planDue);
	}

	// 501.290(b): "The training must be documented and sent to the Department within 30
	// days after completion": each abuser-services entry.
	private static ComplianceFinding evidence(Training entry, LocalDate today) {
		LocalDate due = entry.completedOn().plusDays(EVIDENCE_DAYS);
		if (entry.sentToDepartmentOn() != null) {
			return new ComplianceFinding(Check.TRAINING_EVIDENCE, Outcome.MET, "501.290(b)",
					List.of(entry.title(), entry.completedOn(), entry.sentToDepartmentOn()), null, entry.item());
		}
		Outcome outcome = today.isAfter(due) ? Outcome.NOT_MET : Outcome.DUE_SOON;
		return new ComplianceFinding(Check.TRAINING_EVIDENCE, outcome, "501.290(b)",
				List.of(entry.title(), entry.completedOn(), due), due, entry.item());
	}

	// 501.290(c): six hours of continuing education every calendar year, earned by
	// verified attendance (a certificate, (c)(1)). A year the person was employed
	// throughout and missed stays a finding; the current year is due by 31 December.
	private static ComplianceFinding continuingEducation(Person person, List<Training> training, LocalDate today) {
		LocalDate yearStart = today.withDayOfYear(1);
		LocalDate lastYearStart = yearStart.minusYears(1);
		BigDecimal lastYear = hours(training, TrainingCategory.CONTINUING_EDUCATION, lastYearStart, yearStart);
		if (!person.hireDate().isAfter(lastYearStart) && lastYear.compareTo(CONTINUING_EDUCATION_HOURS_PER_YEAR) < 0) {
			return new ComplianceFinding(Check.CONTINUING_EDUCATION, Outcome.NOT_MET, "501.290(c)",
					List.of(lastYear, CONTINUING_EDUCATION_HOURS_PER_YEAR, yearStart.minusDays(1)),
					yearStart.minusDays(1));
		}
		LocalDate yearEnd = yearStart.plusYears(1).minusDays(1);
		BigDecimal thisYear = hours(training, TrainingCategory.CONTINUING_EDUCATION, yearStart, yearStart.plusYears(1));
		boolean met = thisYear.compareTo(CONTINUING_EDUCATION_HOURS_PER_YEAR) >= 0;
		return new ComplianceFinding(Check.CONTINUING_EDUCATION, met ? Outcome.MET : Outcome.DUE_SOON, "501.290(c)",
				List.of(thisYear, CONTINUING_EDUCATION_HOURS_PER_YEAR, yearEnd), met ? null : yearEnd);
	}

	// 501.300: supervision is provided by someone who meets the 40-hour training
	// standard.
	private static ComplianceFinding supervisorQualification(Person person, List<Training> training) {
		BigDecimal hours = hours(training, TrainingCategory.DOMESTIC_VIOLENCE, null, null);
		boolean met = hours.compareTo(DOMESTIC_VIOLENCE_HOURS) >= 0;
		return new ComplianceFinding(Check.SUPERVISOR_QUALIFICATION, met ? Outcome.MET : Outcome.NOT_MET, "501.300",
				List.of(hours, DOMESTIC_VIOLENCE_HOURS), met ? null : person.hireDate());
	}

	// 501.300: a supervisor observes each facilitator running a group at least every six
	// months.
	private static ComplianceFinding supervisionObservation(Person person, List<LocalDate> observations,
			LocalDate today) {
		Optional<LocalDate> last = observations.stream().max(Comparator.naturalOrder());
		LocalDate due = last.orElse(person.hireDate()).plusMonths(6);
		return new ComplianceFinding(Check.SUPERVISION_OBSERVATION, byDeadline(due, today), "501.300", List.of(due),
				due);
	}

	// 501.280(c): licences and certifications of the staff member's profession stay
	// current.
	private static ComplianceFinding licence(Licence licence, LocalDate today) {
		Outcome outcome = licence.expiresOn().isBefore(today) ? Outcome.NOT_MET
				: byDeadline(licence.expiresOn(), today);
		return new ComplianceFinding(Check.LICENCE, outcome, "501.280(c)", List.of(licence.kind(), licence.expiresOn()),
				licence.expiresOn(), licence.kind());
	}

	// 501.280(a) with 501.90(d)(2): a former perpetrator needs five verified abuse-free
	// years.
	private static ComplianceFinding abuseFree(Person person, LocalDate today) {
		boolean verified = person.abuseFreeSince() != null && person.abuseFreeVerifiedOn() != null
				&& !person.abuseFreeSince().plusYears(ABUSE_FREE_YEARS).isAfter(today);
		return new ComplianceFinding(Check.ABUSE_FREE_VERIFICATION, verified ? Outcome.MET : Outcome.NOT_MET,
				"501.90(d)(2)", List.of(ABUSE_FREE_YEARS), null);
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

	private static Outcome byDeadline(LocalDate due, LocalDate today) {
		if (today.isAfter(due)) {
			return Outcome.NOT_MET;
		}
		return !today.plusDays(WARNING_DAYS).isBefore(due) ? Outcome.DUE_SOON : Outcome.MET;
	}

	/**
	 * Hours of a category completed in [from, until); null bounds are open. Continuing
	 * education counts only with its certificate on file (501.290(c)(1)).
	 */
	private static BigDecimal hours(List<Training> training, TrainingCategory category, LocalDate from,
			LocalDate until) {
		return training.stream()
			.filter((entry) -> entry.category() == category)
			.filter((entry) -> category != TrainingCategory.CONTINUING_EDUCATION || entry.verified())
			.filter((entry) -> from == null || !entry.completedOn().isBefore(from))
			.filter((entry) -> until == null || entry.completedOn().isBefore(until))
			.map(Training::hours)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.stripTrailingZeros();
	}

}
