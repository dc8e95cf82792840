package org.paipmanager.completion;

/**
 * The program requirements every participant must meet to complete the program, at a
 * minimum (501.160(a)(1)-(7), GRP-7).
 */
public enum CompletionCriterion {

	/** Fulfillment of all contractual requirements. */
	CONTRACT_FULFILLED("501.160(a)(1)"),
	/** Admission of and accountability for abuse and violent and controlling behavior. */
	ADMISSION_AND_ACCOUNTABILITY("501.160(a)(2)"),
	/** Understanding of alternatives to abusive behavior and reporting their use. */
	ALTERNATIVES_DEMONSTRATED("501.160(a)(3)"),
	/** Respectful language about a partner; benefits of egalitarian relationships. */
	RESPECTFUL_LANGUAGE("501.160(a)(4)"),
	/** Violence prevention action planning. */
	PREVENTION_PLAN("501.160(a)(5)"),
	/** No current evidence of threats or acts of physical violence. */
	NO_CURRENT_VIOLENCE("501.160(a)(6)"),
	/**
	 * Any other program requirement, such as a substance-abuse evaluation and treatment.
	 */
	OTHER_REQUIREMENTS("501.160(a)(7)");

	private final String section;

	CompletionCriterion(String section) {
		this.section = section;
	}

	public String section() {
		return this.section;
	}

	public String messageKey() {
		return "completion.criterion." + name();
	}

}
