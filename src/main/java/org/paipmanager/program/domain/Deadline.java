package org.paipmanager.program.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A date something is due by, with where it stands on a given day. Due on the day itself,
 * overdue from the day after.
 *
 * @param dueOn the last day
 * @param section the rule section that sets or asks for the date
 */
public record Deadline(LocalDate dueOn, String section) {

	/** Where a deadline stands on a day. */
	public enum Standing {

		/** Past the due date and not met. */
		OVERDUE,
		/** Due within the reminder window. */
		DUE_SOON,
		/** Due later than the reminder window. */
		LATER

	}

	public long daysLeft(LocalDate today) {
		return ChronoUnit.DAYS.between(today, this.dueOn);
	}

	public boolean overdue(LocalDate today) {
		return today.isAfter(this.dueOn);
	}

	/**
	 * Where the deadline stands on {@code today} with a reminder window of so many days.
	 */
	public Standing standing(LocalDate today, int windowDays) {
		if (overdue(today)) {
			return Standing.OVERDUE;
		}
		return (daysLeft(today) <= windowDays) ? Standing.DUE_SOON : Standing.LATER;
	}

}
