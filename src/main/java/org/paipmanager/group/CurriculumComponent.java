package org.paipmanager.group;

/**
 * The components a program's education must contain, 501.90(b)(4)(A) to (G).
 */
public enum CurriculumComponent {

	/** Recognition and identification of abusive behaviors. */
	A,
	/** Non-abusive and respectful conflict resolution. */
	B,
	/** Assertive, non-aggressive communication. */
	C,
	/** Healthy and nonabusive intimate relationships. */
	D,
	/** Healthy and nonabusive parenting. */
	E,
	/** The impact on children of witnessing intimate partner violence. */
	F,
	/** The use of children as part of manipulation or coercion against partners. */
	G;

	/** The rule the component comes from, e.g. 501.90(b)(4)(C). */
	public String section() {
		return "501.90(b)(4)(" + name() + ")";
	}

	public String messageKey() {
		return "curriculum.component." + name();
	}

}
