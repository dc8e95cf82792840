package org.paipmanager.coordination;

/**
 * The kind of service a participant is referred to, with the rule section that calls for
 * such a referral.
 */
public enum ReferralCategory {

	SUBSTANCE_ABUSE_TREATMENT("501.135(a)"), MENTAL_HEALTH("501.115(b)(9)"), VICTIM_SERVICES("501.125(d)(3)"),
	MEDICAL("501.115(b)(8)"), OTHER("501.115(b)(11)(B)");

	private final String section;

	ReferralCategory(String section) {
		this.section = section;
	}

	public String section() {
		return this.section;
	}

}
