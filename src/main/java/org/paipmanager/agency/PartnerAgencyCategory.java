package org.paipmanager.agency;

/**
 * Kinds of organisations a PAIP coordinates with, as listed in 501.105(a)-(c), each with
 * the paragraph that names it.
 */
public enum PartnerAgencyCategory {

	DOMESTIC_VIOLENCE_VICTIM_SERVICES("501.105(a)"), LAW_ENFORCEMENT("501.105(b)(1)"), PROSECUTION("501.105(b)(2)"),
	JUDICIARY_PROBATION("501.105(b)(3)"), CORRECTIONS_PAROLE("501.105(b)(4)"), PUBLIC_DEFENDER("501.105(b)(5)"),
	CHILD_PROTECTIVE_SERVICES("501.105(b)(6)"), SUBSTANCE_ABUSE("501.105(c)(1)"), MENTAL_HEALTH("501.105(c)(2)"),
	MEDICAL("501.105(c)(3)"), PUBLIC_HEALTH("501.105(c)(4)"), OTHER_SERVICE_PROVIDER("501.105(c)(5)"),
	LGBT_SERVICES("501.105(c)(6)"), COMMUNITY_ORGANIZATION("501.105(c)(7)"), COALITION_OR_COUNCIL("501.105(c)(8)");

	private final String section;

	PartnerAgencyCategory(String section) {
		this.section = section;
	}

	/** The paragraph of 501.105 that names this kind of organisation. */
	public String section() {
		return this.section;
	}

	/**
	 * The subsection of 501.105 the category belongs to: {@code 'a'} for victim service
	 * programs, {@code 'b'} for the criminal justice and child welfare systems,
	 * {@code 'c'} for other service providers.
	 */
	public char subsection() {
		return this.section.charAt("501.105(".length());
	}

}
