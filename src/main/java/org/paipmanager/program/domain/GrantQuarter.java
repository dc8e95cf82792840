package org.paipmanager.program.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A quarter of a grant period (501.440(b)(2): "Actual expenditures for the purchase of
 * goods and services shall be documented quarterly"), counted from the first day of the
 * grant period; the last quarter ends with the period. The documentation is due the
 * number of days after the quarter that the grant agreement states.
 *
 * @param number 1 for the first three months of the period
 */
public record GrantQuarter(int number, LocalDate startsOn, LocalDate endsOn, LocalDate reportDueOn) {

	public static final String SECTION = "501.440(b)(2)";

	/**
	 * The quarters of a period from {@code startsOn} to {@code endsOn}, both included.
	 */
	public static List<GrantQuarter> of(LocalDate startsOn, LocalDate endsOn, int reportDueDays) {
		List<GrantQuarter> quarters = new ArrayList<>();
		for (int n = 1;; n++) {
			LocalDate start = startsOn.plusMonths(3L * (n - 1));
			if (start.isAfter(endsOn)) {
				return List.copyOf(quarters);
			}
			LocalDate end = startsOn.plusMonths(3L * n).minusDays(1);
			if (end.isAfter(endsOn)) {
				end = endsOn;
			}
			quarters.add(new GrantQuarter(n, start, end, end.plusDays(reportDueDays)));
		}
	}

	/** The quarter of the period a day falls in, if it falls in the period. */
	public static Optional<GrantQuarter> containing(List<GrantQuarter> quarters, LocalDate day) {
		return quarters.stream().filter((q) -> !day.isBefore(q.startsOn()) && !day.isAfter(q.endsOn())).findFirst();
	}

	public Deadline report() {
		return new Deadline(this.reportDueOn, SECTION);
	}

	/** A quarter can be documented once it has ended. */
	public boolean ended(LocalDate today) {
		return today.isAfter(this.endsOn);
	}

}
