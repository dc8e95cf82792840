package org.paipmanager.shared;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import static org.paipmanager.shared.Permission.AGENCY_READ;
import static org.paipmanager.shared.Permission.AGENCY_WRITE;
import static org.paipmanager.shared.Permission.API_DOCS;
import static org.paipmanager.shared.Permission.ATTENDANCE_RECORD;
import static org.paipmanager.shared.Permission.BREAK_GLASS_REVIEW;
import static org.paipmanager.shared.Permission.AUDIT_READ;
import static org.paipmanager.shared.Permission.GROUP_ASSIGN;
import static org.paipmanager.shared.Permission.CASE_NOTE_WRITE;
import static org.paipmanager.shared.Permission.CLINICAL_SCREEN_ACCESS;
import static org.paipmanager.shared.Permission.DEPARTMENT_NOTIFICATIONS;
import static org.paipmanager.shared.Permission.COMPLETION_ASSESS;
import static org.paipmanager.shared.Permission.COMPLETION_DECIDE;
import static org.paipmanager.shared.Permission.DESK_REVIEW_READ;
import static org.paipmanager.shared.Permission.ELIGIBILITY_DECIDE;
import static org.paipmanager.shared.Permission.FEES_READ;
import static org.paipmanager.shared.Permission.FEES_WRITE;
import static org.paipmanager.shared.Permission.GROUP_READ;
import static org.paipmanager.shared.Permission.GROUP_WRITE;
import static org.paipmanager.shared.Permission.MANDATED_REPORT_WRITE;
import static org.paipmanager.shared.Permission.PARTICIPANT_READ;
import static org.paipmanager.shared.Permission.PARTICIPANT_WRITE;
import static org.paipmanager.shared.Permission.PROGRAM_READ;
import static org.paipmanager.shared.Permission.PROGRAM_WRITE;
import static org.paipmanager.shared.Permission.PROGRAM_COMPLIANCE;
import static org.paipmanager.shared.Permission.REGIONAL_AGGREGATES_READ;
import static org.paipmanager.shared.Permission.RELEASED_REPORTS_READ;
import static org.paipmanager.shared.Permission.STAFF_READ;
import static org.paipmanager.shared.Permission.STATISTICS_READ;
import static org.paipmanager.shared.Permission.STAFF_WRITE;
import static org.paipmanager.shared.Permission.VICTIM_CONTACT_ACCESS;

/**
 * Staff roles at a PAIP and outside it, each a fixed bundle of permissions.
 */
public enum Role {

	PROGRAM_DIRECTOR(EnumSet.of(PARTICIPANT_READ, PARTICIPANT_WRITE, CASE_NOTE_WRITE, CLINICAL_SCREEN_ACCESS,
			ELIGIBILITY_DECIDE, GROUP_READ, GROUP_WRITE, GROUP_ASSIGN, ATTENDANCE_RECORD, COMPLETION_ASSESS,
			COMPLETION_DECIDE, STAFF_READ, STAFF_WRITE, AUDIT_READ, AGENCY_READ, AGENCY_WRITE, VICTIM_CONTACT_ACCESS,
			MANDATED_REPORT_WRITE, FEES_READ, FEES_WRITE, STATISTICS_READ, DEPARTMENT_NOTIFICATIONS, PROGRAM_READ,
			PROGRAM_WRITE, PROGRAM_COMPLIANCE, BREAK_GLASS_REVIEW)),

	INTAKE_WORKER(
			EnumSet.of(PARTICIPANT_READ, PARTICIPANT_WRITE, CASE_NOTE_WRITE, CLINICAL_SCREEN_ACCESS, ELIGIBILITY_DECIDE,
					GROUP_READ, GROUP_ASSIGN, STAFF_READ, AGENCY_READ, MANDATED_REPORT_WRITE, FEES_READ, FEES_WRITE)),

	FACILITATOR(EnumSet.of(PARTICIPANT_READ, CASE_NOTE_WRITE, GROUP_READ, ATTENDANCE_RECORD, COMPLETION_ASSESS,
			STAFF_READ, AGENCY_READ, MANDATED_REPORT_WRITE, FEES_READ)),

	VICTIM_LIAISON(EnumSet.of(PARTICIPANT_READ, STAFF_READ, AGENCY_READ, VICTIM_CONTACT_ACCESS, MANDATED_REPORT_WRITE)),

	ADMINISTRATOR(EnumSet.of(GROUP_READ, STAFF_READ, STAFF_WRITE, AUDIT_READ, AGENCY_READ, AGENCY_WRITE, API_DOCS,
			DEPARTMENT_NOTIFICATIONS, PROGRAM_READ, PROGRAM_WRITE)),

	DEPARTMENT_MONITOR(EnumSet.of(AGENCY_READ, REGIONAL_AGGREGATES_READ, DESK_REVIEW_READ)),

	/**
	 * A probation officer or other referral source outside the program: only the reports
	 * released to their referring office (OUT-3, CON-2).
	 */
	REFERRAL_SOURCE_VIEWER(EnumSet.of(RELEASED_REPORTS_READ));

	private final Set<Permission> permissions;

	Role(Set<Permission> permissions) {
		this.permissions = permissions;
	}

	public Set<Permission> permissions() {
		return Collections.unmodifiableSet(this.permissions);
	}

	/** The message key of the role's display name. */
	public String messageKey() {
		return "role." + name();
	}

}
