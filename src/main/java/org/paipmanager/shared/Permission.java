package org.paipmanager.shared;

/**
 * What a signed-in user may do. Module facades declare the permission each method needs;
 * roles are only bundles of permissions.
 */
public enum Permission {

	/** See staff records of the own agency. */
	STAFF_READ,
	/** Create and edit staff records, training, supervision and licences. */
	STAFF_WRITE,
	/** See participant records of the own agency. */
	PARTICIPANT_READ,
	/** Record referrals and change participant records. */
	PARTICIPANT_WRITE,
	/** Write case notes in a participant's file. */
	CASE_NOTE_WRITE,
	/**
	 * See and record the mental-health and substance-use screens (501.115(b)(9)-(10)).
	 */
	CLINICAL_SCREEN_ACCESS,
	/** Record and revise eligibility decisions after screening. */
	ELIGIBILITY_DECIDE,
	/** See the program's groups and their schedule. */
	GROUP_READ,
	/** Set up groups. */
	GROUP_WRITE,
	/** Place participants in groups. */
	GROUP_ASSIGN,
	/** Record attendance at group sessions (501.115(b)(11)(E)). */
	ATTENDANCE_RECORD,
	/**
	 * Record a participant's progress on the 501.160(a) completion criteria.
	 */
	COMPLETION_ASSESS,
	/**
	 * Extend, terminate or complete a participant's program (501.160) and set the service
	 * standards of referral sources.
	 */
	COMPLETION_DECIDE,
	/** Read the audit log and run the hash-chain verifier. */
	AUDIT_READ,
	/** Read the agency profile and partner-agency directory. */
	AGENCY_READ,
	/** Maintain the partner-agency directory. */
	AGENCY_WRITE,
	/** Use the OpenAPI document and Swagger UI. */
	API_DOCS,
	/**
	 * Open the victim safety compartment: victims' contact details, contacts and notices
	 * (501.180, 501.190). Anyone but a victim liaison must also re-enter a second-factor
	 * code first ({@link StepUpVerified}).
	 */
	VICTIM_CONTACT_ACCESS,
	/**
	 * Record a mandated or violence report (501.145, 501.220): every staff member who
	 * learns of abuse or a threat must be able to.
	 */
	MANDATED_REPORT_WRITE,
	/** See fee policies, charges, payments and balances (501.270). */
	FEES_READ,
	/** Set the fee policy and record charges, payments and waivers (501.270). */
	FEES_WRITE,
	/**
	 * See the agency's 501.170 statistics and drill down to the participants behind them.
	 */
	STATISTICS_READ,
	/**
	 * See aggregate statistics across the agencies of a region, never case-level data
	 * (CON-5).
	 */
	REGIONAL_AGGREGATES_READ,
	/**
	 * See the notifications of program and staff changes due to the Department and mark
	 * them sent (501.70(a)(2)).
	 */
	DEPARTMENT_NOTIFICATIONS,

	/**
	 * See the program's protocol applications, grievances, continuation plan, innovation
	 * proposals and grants (501.40-501.60, 501.260, 501.310, 501.400-501.440).
	 */
	PROGRAM_READ,
	/** Record and change those program records. */
	PROGRAM_WRITE,

	/**
	 * Keep the written policies of every Subpart B section, run the compliance
	 * self-check, keep corrective action plans and build Department desk review packets
	 * (501.70, PRG-5, CON-4).
	 */
	PROGRAM_COMPLIANCE,
	/**
	 * Read the desk review packets addressed to oneself, and nothing else case-level
	 * (501.200(b), CON-4).
	 */
	DESK_REVIEW_READ,

	/**
	 *
	 * See the reports to referral sources (monthly, noncompliance notices, final) that
	 * were sent, under a release still in force, about participants referred by the
	 * referring office the account is linked to; nothing else (OUT-3, CON-2).
	 */
	RELEASED_REPORTS_READ,

	/**
	 * Review the break-glass (emergency) accesses of others and record the outcome (HIPAA
	 * 164.312(a)(2)(ii), 164.312(b), ADR 0023).
	 */
	BREAK_GLASS_REVIEW;

	/** The Spring Security authority string for this permission. */
	public String authority() {
		return name();
	}

}
