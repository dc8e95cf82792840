package org.paipmanager.shared;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paipmanager.shared.Permission.AGENCY_READ;
import static org.paipmanager.shared.Permission.API_DOCS;
import static org.paipmanager.shared.Permission.ATTENDANCE_RECORD;
import static org.paipmanager.shared.Permission.AUDIT_READ;
import static org.paipmanager.shared.Permission.CASE_NOTE_WRITE;
import static org.paipmanager.shared.Permission.CLINICAL_SCREEN_ACCESS;
import static org.paipmanager.shared.Permission.COMPLETION_ASSESS;
import static org.paipmanager.shared.Permission.COMPLETION_DECIDE;
import static org.paipmanager.shared.Permission.ELIGIBILITY_DECIDE;
import static org.paipmanager.shared.Permission.GROUP_ASSIGN;
import static org.paipmanager.shared.Permission.GROUP_READ;
import static org.paipmanager.shared.Permission.GROUP_WRITE;
import static org.paipmanager.shared.Permission.PARTICIPANT_READ;
import static org.paipmanager.shared.Permission.PARTICIPANT_WRITE;
import static org.paipmanager.shared.Permission.VICTIM_CONTACT_ACCESS;

/**
 * The role matrix as the program runs it: who may see and change participant data. A
 * change here is a change of who can see case data, so it has to be deliberate.
 */
class RoleTests {

	@Test
	void intakeWorkersRunIntakeFromReferralToGroupPlacement() {
		assertThat(Role.INTAKE_WORKER.permissions())
			.contains(PARTICIPANT_READ, PARTICIPANT_WRITE, CASE_NOTE_WRITE, ELIGIBILITY_DECIDE, GROUP_READ,
					GROUP_ASSIGN)
			.doesNotContain(GROUP_WRITE, AUDIT_READ, API_DOCS);
	}

	@Test
	void facilitatorsReadParticipantsAndWriteNotesOnly() {
		assertThat(Role.FACILITATOR.permissions()).contains(PARTICIPANT_READ, CASE_NOTE_WRITE, GROUP_READ)
			.doesNotContain(PARTICIPANT_WRITE, ELIGIBILITY_DECIDE, GROUP_ASSIGN, GROUP_WRITE);
	}

	@Test
	void directorsHoldEveryParticipantAndGroupPermission() {
		assertThat(Role.PROGRAM_DIRECTOR.permissions()).contains(PARTICIPANT_READ, PARTICIPANT_WRITE, CASE_NOTE_WRITE,
				ELIGIBILITY_DECIDE, GROUP_READ, GROUP_WRITE, GROUP_ASSIGN, AUDIT_READ);
	}

	@Test
	void onlyIntakeAndDirectorsSeeMentalHealthAndSubstanceUseScreens() {
		// PAR-3: the clinical screens of 501.115(b)(9)-(10) are kept from other roles.
		for (Role role : Role.values()) {
			assertThat(role.permissions().contains(CLINICAL_SCREEN_ACCESS)).as(role.name())
				.isEqualTo(role == Role.INTAKE_WORKER || role == Role.PROGRAM_DIRECTOR);
		}
	}

	@Test
	void facilitatorsAndDirectorsRecordAttendance() {
		// GRP-4: the people who run the groups record them; intake does not.
		for (Role role : Role.values()) {
			assertThat(role.permissions().contains(ATTENDANCE_RECORD)).as(role.name())
				.isEqualTo(role == Role.FACILITATOR || role == Role.PROGRAM_DIRECTOR);
		}
	}

	@Test
	void facilitatorsAssessCriteriaAndOnlyDirectorsDecideOutcomes() {
		// GRP-7, GRP-9: those who run the groups record progress on the 501.160(a)
		// criteria;
		// extending, terminating and completing a program is the director's decision.
		for (Role role : Role.values()) {
			assertThat(role.permissions().contains(COMPLETION_ASSESS)).as(role.name())
				.isEqualTo(role == Role.FACILITATOR || role == Role.PROGRAM_DIRECTOR);
			assertThat(role.permissions().contains(COMPLETION_DECIDE)).as(role.name())
				.isEqualTo(role == Role.PROGRAM_DIRECTOR);
		}
	}

	@Test
	void administratorsMonitorsAndReferralViewersSeeNoParticipantRecords() {
		for (Role role : EnumSet.of(Role.ADMINISTRATOR, Role.DEPARTMENT_MONITOR, Role.REFERRAL_SOURCE_VIEWER)) {
			assertThat(role.permissions()).as(role.name()).doesNotContain(PARTICIPANT_READ, PARTICIPANT_WRITE);
		}
		// CON-5: a monitor sees aggregates across agencies, never the case-level
		// statistics; CON-4: case records only in the desk review packets addressed to
		// them.
		assertThat(Role.DEPARTMENT_MONITOR.permissions()).containsExactlyInAnyOrder(AGENCY_READ,
				Permission.REGIONAL_AGGREGATES_READ, Permission.DESK_REVIEW_READ);
		for (Role role : Role.values()) {
			assertThat(role.permissions().contains(Permission.STATISTICS_READ)).as(role.name())
				.isEqualTo(role == Role.PROGRAM_DIRECTOR);
		}
		assertThat(Role.REFERRAL_SOURCE_VIEWER.permissions()).containsExactly(Permission.RELEASED_REPORTS_READ);
		for (Role role : Role.values()) {
			assertThat(role.permissions().contains(Permission.RELEASED_REPORTS_READ)).as(role.name())
				.isEqualTo(role == Role.REFERRAL_SOURCE_VIEWER);
		}
	}

	@Test
	void onlyVictimLiaisonsAndDirectorsMayOpenTheVictimCompartment() {
		// SAF-1: victim information is kept from every participant-side role
		// (501.190(d));
		// the director must also step up with a fresh second-factor code.
		for (Role role : Role.values()) {
			assertThat(role.permissions().contains(VICTIM_CONTACT_ACCESS)).as(role.name())
				.isEqualTo(role == Role.VICTIM_LIAISON || role == Role.PROGRAM_DIRECTOR);
		}
	}

}
