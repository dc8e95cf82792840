package org.paipmanager.mandatedreport.domain;

/**
 * An action the reporting rules require, with the section and paragraph it comes from and
 * the message key a page shows it with.
 */
public enum RequiredAction {

	/**
	 * A threat to harm or kill is reported to the appropriate authorities at once,
	 * whoever told the program.
	 */
	REPORT_THREAT_IMMEDIATELY("501.220(c)"),
	/** The threat is about the victim or children: the victim must be notified. */
	NOTIFY_VICTIM_OF_THREAT("501.220(c)(1)"),
	/**
	 * The threat is about someone else: inform the appropriate law enforcement agency.
	 */
	INFORM_LAW_ENFORCEMENT_OF_THREAT_TO_OTHERS("501.220(c)(2)(A)"),
	/**
	 * The threat is about someone else: assess the potential risk to victim and children.
	 */
	ASSESS_RISK_TO_VICTIM_AND_CHILDREN("501.220(c)(2)(B)"),
	/** The risk assessment found the victim's or children's safety compromised. */
	NOTIFY_VICTIM_SAFETY_COMPROMISED("501.220(c)(2)(B)"),
	/** The duty to warn of 740 ILCS 110/11(ii) overrides the exceptions of (a)(1)-(2). */
	DUTY_TO_WARN_OVERRIDES_EXCEPTION("501.220(a)"),
	/** Victim-originated: obtain the victim's consent before reporting. */
	OBTAIN_VICTIM_CONSENT_BEFORE_REPORTING("501.220(a)(1)"),
	/** Victim-originated and the victim refused: no report to the authorities. */
	DO_NOT_REPORT_WITHOUT_VICTIM_CONSENT("501.220(a)(1)"),
	/** Third-party information: assess whether reporting endangers reporter or victim. */
	ASSESS_JEOPARDY_TO_REPORTER_AND_VICTIM("501.220(a)(2)"),
	/** Third-party information whose report would endanger reporter or victim. */
	DO_NOT_REPORT_REPORTER_OR_VICTIM_IN_JEOPARDY("501.220(a)(2)"),
	/** Every reasonable effort to notify the victim before reporting, each documented. */
	NOTIFY_VICTIM_BEFORE_REPORTING("501.220(b)"),
	/** Report the violence or threat to the criminal justice authorities immediately. */
	REPORT_TO_CRIMINAL_JUSTICE_AUTHORITIES("501.220(a)"),
	/**
	 * Victim contact while an order of protection is in place: notify the authorities.
	 */
	NOTIFY_AUTHORITIES_OF_VICTIM_CONTACT_UNDER_ORDER("501.220(d)"),
	/** Report the violation of the order of protection to the referral system. */
	NOTIFY_REFERRAL_SYSTEM_OF_ORDER_VIOLATION("501.230(b)"),
	/** Victim-originated without consent: never confront the participant with it. */
	DO_NOT_CONFRONT_PARTICIPANT_WITHOUT_VICTIM_CONSENT("501.220(a)(1)"),
	/** Document in a way that protects the confidentiality of victims and reporters. */
	DOCUMENT_PROTECTING_VICTIM_AND_REPORTER_CONFIDENTIALITY("501.220(b)"),
	/** Possible or actual child abuse or neglect: report to the DCFS hotline. */
	REPORT_TO_DCFS_HOTLINE("501.145"),
	/** Suspected elder abuse: refer to the Department on Aging's program. */
	REFER_TO_DEPARTMENT_ON_AGING("501.145"),
	/** The child or elder abuse report is counted for the program's statistics. */
	COUNT_IN_ABUSE_REPORT_STATISTICS("501.170(j)");

	private final String section;

	RequiredAction(String section) {
		this.section = section;
	}

	public String section() {
		return this.section;
	}

	public String messageKey() {
		return "mandatedreport.action." + name();
	}

}
