package org.paipmanager.program;

import java.time.LocalDate;

/**
 * Something the program owes the Department or itself by a date, for the program
 * administration page.
 *
 * @param subject what it is about, as the agency named it (an application date, a grant
 * number, a proposal title)
 * @param daysLeft days from today to the due date; negative once overdue
 * @param section the rule section behind the date
 * @param link the page where it is dealt with
 */
public record DueItem(Kind kind, String subject, LocalDate dueOn, long daysLeft, boolean overdue, String section,
		String link) {

	/** What is due. */
	public enum Kind {

		/**
		 * The renewal of the protocol approval, on the date the Department gave
		 * (501.40(a)).
		 */
		PROTOCOL_RENEWAL,
		/** The last day to file a grievance against a denial or a removal (501.50). */
		GRIEVANCE_FILING,
		/** The Department's response to a grievance (501.50). */
		GRIEVANCE_RESPONSE,
		/** The agency's own review of its continuation-of-services plan (501.260). */
		CONTINUATION_REVIEW,
		/** The evaluation of an approved program innovation (501.310(a)(4)). */
		INNOVATION_EVALUATION,
		/** A quarter's Summary Expenditure Documentation of a grant (501.440(b)(2)). */
		GRANT_QUARTER_REPORT

	}

}
