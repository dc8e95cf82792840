package org.paipmanager.coordination;

import org.paipmanager.agency.PartnerAgencyCategory;

/**
 * The cooperative activities of 501.105(a)(1)-(10) with domestic violence victim service
 * programs, and the collaborations of 501.105(b) (criminal justice and child welfare
 * systems) and 501.105(c) (other abuser service needs), each with its paragraph.
 */
public enum CoordinationActivityKind {

	/**
	 * Solicit and consider the victim service program's input on programmatic decisions.
	 */
	INPUT_ON_DECISIONS("501.105(a)(1)"),
	/** Develop policies with the victim service program's assistance. */
	JOINT_POLICIES("501.105(a)(2)"),
	/** Develop a process for responding to the victim's use of violence. */
	VICTIM_USE_OF_VIOLENCE_PROCESS("501.105(a)(3)"),
	/** Periodic meetings on mutual problems and concerns. */
	PERIODIC_MEETING("501.105(a)(4)"),
	/** Feedback on each other's program and community issues. */
	MUTUAL_FEEDBACK("501.105(a)(5)"),
	/** Invitation to case review meetings, within 501.210. */
	CASE_REVIEW_INVITATION("501.105(a)(6)"),
	/** A victim service representative on the board or advisory board. */
	BOARD_SEAT("501.105(a)(7)"),
	/** Group sessions at a victim services agency. */
	GROUP_AT_VICTIM_AGENCY("501.105(a)(8)"),
	/** Cross-training of staff. */
	CROSS_TRAINING("501.105(a)(9)"),
	/** Public awareness and prevention coordinated with victim services. */
	PUBLIC_AWARENESS("501.105(a)(10)"),
	/**
	 * Procedures with law enforcement, prosecution, courts, corrections, defenders, CPS.
	 */
	JUSTICE_AND_CHILD_WELFARE_COLLABORATION("501.105(b)"),
	/** Collaboration on other abuser service needs. */
	SERVICE_NEEDS_COLLABORATION("501.105(c)");

	private final String section;

	CoordinationActivityKind(String section) {
		this.section = section;
	}

	public String section() {
		return this.section;
	}

	/** Whether this is one of the ten activities with victim service programs. */
	public boolean withVictimServices() {
		return subsection() == 'a';
	}

	/** The subsection of 501.105: 'a', 'b' or 'c'. */
	public char subsection() {
		return this.section.charAt("501.105(".length());
	}

	/** Whether an agency of the category is a party this kind of activity is with. */
	public boolean suits(PartnerAgencyCategory category) {
		return category.subsection() == subsection();
	}

}
