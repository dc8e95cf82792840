package org.paipmanager.departmentnotice.domain;

import java.time.LocalDate;

/**
 * 501.70(a)(2): programs notify the Department of program and staff changes within 30
 * days after the change. Pure: the caller supplies today's date.
 */
public final class NotificationDeadline {

	/** Days after the change by which the Department is told. */
	public static final int DAYS = 30;

	private NotificationDeadline() {
	}

	public enum Status {

		/** Not sent, the deadline today or later. */
		DUE,
		/** Not sent and the deadline has passed. */
		OVERDUE,
		/** Sent by the deadline. */
		SENT,
		/** Sent after the deadline. */
		SENT_LATE

	}

	/** The last day to notify the Department of a change made on {@code changedOn}. */
	public static LocalDate dueOn(LocalDate changedOn) {
		return changedOn.plusDays(DAYS);
	}

	public static Status status(LocalDate dueOn, LocalDate sentOn, LocalDate today) {
		if (sentOn != null) {
			return sentOn.isAfter(dueOn) ? Status.SENT_LATE : Status.SENT;
		}
		return today.isAfter(dueOn) ? Status.OVERDUE : Status.DUE;
	}

}
