package org.paipmanager.group;

/**
 * The attitudes and behaviors group activities address (Part 501, Appendix A): those to
 * focus on, (a)(1) to (10), and those to challenge, (b)(1) to (8).
 */
public enum AppendixAttitude {

	FOCUS_1, FOCUS_2, FOCUS_3, FOCUS_4, FOCUS_5, FOCUS_6, FOCUS_7, FOCUS_8, FOCUS_9, FOCUS_10, CHALLENGE_1, CHALLENGE_2,
	CHALLENGE_3, CHALLENGE_4, CHALLENGE_5, CHALLENGE_6, CHALLENGE_7, CHALLENGE_8;

	/**
	 * Whether group activities challenge the attitude (b) rather than focus on it (a).
	 */
	public boolean challenged() {
		return name().startsWith("CHALLENGE_");
	}

	/** The item's number within its list. */
	public int item() {
		return Integer.parseInt(name().substring(name().indexOf('_') + 1));
	}

	/** The rule the attitude comes from, e.g. 501 App. A (b)(6). */
	public String section() {
		return "501 App. A " + (challenged() ? "(b)" : "(a)") + "(" + item() + ")";
	}

	public String messageKey() {
		return "curriculum.attitude." + name();
	}

}
