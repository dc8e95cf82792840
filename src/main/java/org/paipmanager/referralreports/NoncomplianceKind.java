package org.paipmanager.referralreports;

import java.util.Arrays;
import java.util.List;

/**
 * What a participant did that the referral source must hear about (501.230(b), 501.155).
 */
public enum NoncomplianceKind {

	/** A group session missed. */
	ABSENCE,
	/** A group rule broken; which rule is stated in words. */
	RULE_VIOLATION,
	/**
	 * A violation of an order of protection was reported to the program: only that it was
	 * reported, never what a victim said or any victim detail.
	 */
	ORDER_OF_PROTECTION_VIOLATION,
	/** Use of substances. */
	SUBSTANCE_USE,
	/** Lack of accountability for the abusive behavior (501.160(a)(2)). */
	LACK_OF_ACCOUNTABILITY,
	/** Asked to leave a group session, raised from the attendance sheet. */
	REMOVED_FROM_SESSION,
	/**
	 * The program was terminated (501.160), raised when the termination is recorded.
	 */
	TERMINATION;

	/** The kinds staff record by hand; a termination is raised only by the ending. */
	public static List<NoncomplianceKind> recordedByHand() {
		return Arrays.stream(values()).filter((kind) -> kind != TERMINATION).toList();
	}

	public String messageKey() {
		return "referralReports.noncompliance." + name();
	}

}
