package org.paipmanager.referralreports.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * When a noncompliance notice must reach the referral source: within one business day of
 * the day the event is recorded (501.155 "in a timely manner", 501.230(b)). Saturdays and
 * Sundays are not business days; holidays are not known here.
 */
public final class NoticeDeadline {

	private NoticeDeadline() {
	}

	/**
	 * The next business day after {@code recordedOn}: Friday, Saturday, Sunday give
	 * Monday.
	 */
	public static LocalDate dueOn(LocalDate recordedOn) {
		LocalDate due = recordedOn.plusDays(1);
		while (due.getDayOfWeek() == DayOfWeek.SATURDAY || due.getDayOfWeek() == DayOfWeek.SUNDAY) {
			due = due.plusDays(1);
		}
		return due;
	}

	/** Whether a notice not yet sent is late on {@code today}. */
	public static boolean overdue(LocalDate dueOn, boolean sent, LocalDate today) {
		return !sent && today.isAfter(dueOn);
	}

}
