package org.paipmanager.consent;

/**
 * The exceptions to confidentiality the participant was told about at intake
 * (501.210(a)), and the Department's access to client records for monitoring
 * (501.200(b)): a disclosure the law requires or allows without a release. Each is an
 * explicit path, needs a written justification and is audited as such (CON-2).
 */
public enum LegalBasis {

	/** A mandated report of suspected child abuse or neglect to DCFS. */
	CHILD_ABUSE_REPORT("501.210(a); 325 ILCS 5/4"),
	/** A report of suspected abuse, neglect or exploitation of an older adult. */
	ELDER_ABUSE_REPORT("501.210(a); 320 ILCS 20/4"),
	/**
	 * A warning to protect someone the participant threatened to harm (intent to harm).
	 */
	THREAT_DUTY_TO_WARN("501.210(a); 740 ILCS 110/11"),
	/** Protecting a participant at risk of suicide. */
	SUICIDE_RISK("501.210(a); 740 ILCS 110/11"),
	/** An order of a court of competent jurisdiction. */
	COURT_ORDER("501.210; 740 ILCS 110/10"),
	/**
	 * Client records made available to the Department for a desk review, audit or other
	 * monitoring (501.200(b), 501.70(a)(1)).
	 */
	DEPARTMENT_REVIEW("501.200(b); 501.70(a)(1)");

	private final String section;

	LegalBasis(String section) {
		this.section = section;
	}

	/** The rule and statute behind the exception. */
	public String section() {
		return this.section;
	}

}
