package org.paipmanager.program.domain;

import java.time.LocalDate;

/**
 * The two deadlines of 501.50: "the PAIP must submit a written grievance to the
 * Department within 30 calendar days after the denial of the application or removal from
 * the protocol approved list. The Department, upon receipt of the written grievance, will
 * respond within 45 calendar days."
 */
public final class GrievanceDeadlines {

	public static final String SECTION = "501.50";

	/** Calendar days after the denial or removal to file the written grievance. */
	public static final int FILING_DAYS = 30;

	/** Calendar days after receipt for the Department's response. */
	public static final int RESPONSE_DAYS = 45;

	private GrievanceDeadlines() {
	}

	/** The last day a grievance against an action of that day may be filed. */
	public static Deadline filing(LocalDate actionOn) {
		return new Deadline(actionOn.plusDays(FILING_DAYS), SECTION);
	}

	/**
	 * Whether a grievance filed that day is in time: not before the action, not after day
	 * 30.
	 */
	public static boolean filedInTime(LocalDate actionOn, LocalDate filedOn) {
		return !filedOn.isBefore(actionOn) && !filing(actionOn).overdue(filedOn);
	}

	/** The day the Department's response is due for a grievance received that day. */
	public static Deadline response(LocalDate receivedOn) {
		return new Deadline(receivedOn.plusDays(RESPONSE_DAYS), SECTION);
	}

	/**
	 * Whether a grievance received that day and not answered is overdue on {@code today}.
	 */
	public static boolean responseOverdue(LocalDate receivedOn, LocalDate respondedOn, LocalDate today) {
		return respondedOn == null && response(receivedOn).overdue(today);
	}

}
