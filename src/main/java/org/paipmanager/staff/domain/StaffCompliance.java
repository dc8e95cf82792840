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

	/** How far ahead a deadline counts as due soon. */
	static final int WARNING_DAYS = 30;

	private StaffCompliance() {
	}

	public record Training(TrainingCategory category, LocalDate completedOn, BigDecimal hours) {
	}

	public record Licence(String kind, LocalDate expiresOn) {
	}

	public record Person(LocalDate hireDate, boolean formerPerpetrator, LocalDate abuseFreeSince,
			LocalDate abuseFreeVerifiedOn) {
	}

	public static List<ComplianceFinding> assess(Person person, List<Training> training, List<LocalDate> observations,
			List<Licence> licences, LocalDate today) {
		List<ComplianceFinding> findings = new ArrayList<>();
		findings.add(domesticViolenceTraining(training));
		findings.add(abuserServicesTraining(person, training, today));
		findings.add(continuingEducation(person, training, today));
		findings.add(supervisionObservation(person, observations, today));
		licences.stream()
			.sorted(Comparator.comparing(Licence::expiresOn))
			.forEach((licence) -> findings.add(licence(licence, today)));
		if (person.formerPerpetrator()) {
			findings.add(abuseFree(person, today));
		}
		return findings;
	}

	// 501.290(b): 40 hours consistent with the Illinois Domestic Violence Act.
	private static ComplianceFinding domesticViolenceTraining(List<Training> training) {
		BigDecimal hours = hours(training, TrainingCategory.DOMESTIC_VIOLENCE, null, null);
		Outcome outcome = (hours.compareTo(DOMESTIC_VIOLENCE_HOURS) >= 0) ? Outcome.MET : Outcome.NOT_MET;
		return new ComplianceFinding(Check.DOMESTIC_VIOLENCE_TRAINING, outcome, "501.290(b)",
				List.of(hours, DOMESTIC_VIOLENCE_HOURS));
	}

	// 501.290(b): 20 Department-approved hours within the first three months, else a
	// training plan.
	private static ComplianceFinding abuserServicesTraining(Person person, List<Training> training, LocalDate today) {
		BigDecimal hours = hours(training, TrainingCategory.ABUSER_SERVICES, null, null);
		LocalDate planDue = person.hireDate().plusMonths(3);
		Outcome outcome;
		if (hours.compareTo(ABUSER_SERVICES_HOURS) >= 0) {
			outcome = Outcome.MET;
		}
		else if (today.isAfter(planDue)) {
			outcome = Outcome.NOT_MET;
		}
		else {
			outcome = Outcome.DUE_SOON;
		}
		return new ComplianceFinding(Check.ABUSER_SERVICES_TRAINING, outcome, "501.290(b)",
				List.of(hours, ABUSER_SERVICES_HOURS, planDue));
	}

	// 501.290(c): six hours of continuing education every calendar year. A year the
	// person was
	// employed throughout and missed stays a finding; the current year is due by 31
	// December.
	private static ComplianceFinding continuingEducation(Person person, List<Training> training, LocalDate today) {
		LocalDate yearStart = today.withDayOfYear(1);
		LocalDate lastYearStart = yearStart.minusYears(1);
		BigDecimal lastYear = hours(training, TrainingCategory.CONTINUING_EDUCATION, lastYearStart, yearStart);
		if (!person.hireDate().isAfter(lastYearStart) && lastYear.compareTo(CONTINUING_EDUCATION_HOURS_PER_YEAR) < 0) {
			return new ComplianceFinding(Check.CONTINUING_EDUCATION, Outcome.NOT_MET, "501.290(c)",
					List.of(lastYear, CONTINUING_EDUCATION_HOURS_PER_YEAR, yearStart.minusDays(1)));
		}
		BigDecimal thisYear = hours(training, TrainingCategory.CONTINUING_EDUCATION, yearStart, yearStart.plusYears(1));
		Outcome outcome = (thisYear.compareTo(CONTINUING_EDUCATION_HOURS_PER_YEAR) >= 0) ? Outcome.MET
				: Outcome.DUE_SOON;
		return new ComplianceFinding(Check.CONTINUING_EDUCATION, outcome, "501.290(c)",
				List.of(thisYear, CONTINUING_EDUCATION_HOURS_PER_YEAR, yearStart.plusYears(1).minusDays(1)));
	}

	// 501.300: a supervisor observes each facilitator running a group at least every six
	// months.
	private static ComplianceFinding supervisionObservation(Person person, List<LocalDate> observations,
			LocalDate today) {
		Optional<LocalDate> last = observations.stream().max(Comparator.naturalOrder());
		LocalDate due = last.orElse(person.hireDate()).plusMonths(6);
		Outcome outcome;
		if (today.isAfter(due)) {
			outcome = Outcome.NOT_MET;
		}
		else if (!today.plusDays(WARNING_DAYS).isBefore(due)) {
			outcome = Outcome.DUE_SOON;
		}
		else {
			outcome = Outcome.MET;
		}
		return new ComplianceFinding(Check.SUPERVISION_OBSERVATION, outcome, "501.300", List.of(due));
	}

	// 501.280(c): licences and certifications of the staff member's profession stay
	// current.
	private static ComplianceFinding licence(Licence licence, LocalDate today) {
		Outcome outcome;
		if (licence.expiresOn().isBefore(today)) {
			outcome = Outcome.NOT_MET;
		}
		else if (!today.plusDays(WARNING_DAYS).isBefore(licence.expiresOn())) {
			outcome = Outcome.DUE_SOON;
		}
		else {
			outcome = Outcome.MET;
		}
		return new ComplianceFinding(Check.LICENCE, outcome, "501.280(c)",
				List.of(licence.kind(), licence.expiresOn()));
	}

	// 501.280(a) with 501.90(d)(2): a former perpetrator needs five verified abuse-free
	// years.
	private static ComplianceFinding abuseFree(Person person, LocalDate today) {
		boolean verified = person.abuseFreeSince() != null && person.abuseFreeVerifiedOn() != null
				&& !person.abuseFreeSince().plusYears(ABUSE_FREE_YEARS).isAfter(today);
		return new ComplianceFinding(Check.ABUSE_FREE_VERIFICATION, verified ? Outcome.MET : Outcome.NOT_MET,
				"501.90(d)(2)", List.of(ABUSE_FREE_YEARS));
	}

	/** Hours of a category completed in [from, until); null bounds are open. */
	private static BigDecimal hours(List<Training> training, TrainingCategory category, LocalDate from,
			LocalDate until) {
		return training.stream()
			.filter((entry) -> entry.category() == category)
			.filter((entry) -> from == null || !entry.completedOn().isBefore(from))
			.filter((entry) -> until == null || entry.completedOn().isBefore(until))
			.map(Training::hours)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.stripTrailingZeros();
	}

}
