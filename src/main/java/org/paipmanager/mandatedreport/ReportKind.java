package org.paipmanager.mandatedreport;

import java.util.Arrays;
import java.util.Optional;

import org.paipmanager.mandatedreport.domain.CompletedReport.ReportAgency;
import org.paipmanager.mandatedreport.domain.RequiredAction;

/**
 * What kind of report was made, with the agency it goes to and the section behind it. The
 * section is the report's own, never 501.220(a)(1) or (a)(2): those would say that the
 * victim or a third party told the program (501.190(d)).
 */
public enum ReportKind {

	/** New violence or a threat of violence (501.220(a)). */
	VIOLENCE_OR_THREAT(RequiredAction.REPORT_TO_CRIMINAL_JUSTICE_AUTHORITIES, ReportAgency.CRIMINAL_JUSTICE_AUTHORITIES,
			"501.220(a)"),
	/** A threat to harm or kill, reported immediately (501.220(c)). */
	THREAT_TO_HARM_OR_KILL(RequiredAction.REPORT_THREAT_IMMEDIATELY, ReportAgency.CRIMINAL_JUSTICE_AUTHORITIES,
			"501.220(c)"),
	/** A threat to harm or kill someone else, to law enforcement (501.220(c)(2)(A)). */
	THREAT_TO_OTHERS(RequiredAction.INFORM_LAW_ENFORCEMENT_OF_THREAT_TO_OTHERS, ReportAgency.LAW_ENFORCEMENT,
			"501.220(c)(2)(A)"),
	/** Contact with the victim while an order of protection is in force (501.220(d)). */
	VICTIM_CONTACT_UNDER_ORDER(RequiredAction.NOTIFY_AUTHORITIES_OF_VICTIM_CONTACT_UNDER_ORDER,
			ReportAgency.CRIMINAL_JUSTICE_AUTHORITIES, "501.220(d)"),
	/** The order of protection violation, to the referral system (501.230(b)). */
	ORDER_OF_PROTECTION_VIOLATION(RequiredAction.NOTIFY_REFERRAL_SYSTEM_OF_ORDER_VIOLATION,
			ReportAgency.REFERRAL_SYSTEM, "501.230(b)"),
	/** Child abuse or neglect, to the DCFS hotline 1-800-252-2873 (501.145). */
	CHILD_ABUSE_OR_NEGLECT(RequiredAction.REPORT_TO_DCFS_HOTLINE, ReportAgency.DCFS_HOTLINE, "501.145"),
	/**
	 * Elder abuse, neglect or financial exploitation, to the Department on Aging
	 * 1-866-800-1409 (501.145).
	 */
	ELDER_ABUSE(RequiredAction.REFER_TO_DEPARTMENT_ON_AGING, ReportAgency.DEPARTMENT_ON_AGING, "501.145");

	private final RequiredAction action;

	private final ReportAgency agency;

	private final String section;

	ReportKind(RequiredAction action, ReportAgency agency, String section) {
		this.action = action;
		this.agency = agency;
		this.section = section;
	}

	/** The required action this report answers. */
	public RequiredAction action() {
		return this.action;
	}

	/** The agency the report goes to. */
	public ReportAgency agency() {
		return this.agency;
	}

	/** The section behind the report. */
	public String section() {
		return this.section;
	}

	/** The report that answers a required action, if the action is a report. */
	public static Optional<ReportKind> answering(RequiredAction action) {
		return Arrays.stream(values()).filter((kind) -> kind.action == action).findFirst();
	}

}
