package org.paipmanager.group;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.WebSession;
import org.paipmanager.participant.Gender;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.participant.ReferralCommand;
import org.paipmanager.participant.ReferralSource;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.StaffId;
import org.paipmanager.shared.SystemScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PAR-11: follow-up groups for people who completed the program (501.240), whose
 * attendance does not count toward the 24 sessions and 36 hours of 501.90(a).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FollowUpGroupIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	GroupManagement groups;

	@Autowired
	RecordingAttendance attendance;

	@Autowired
	ParticipantManagement participants;

	private AgencyId agency;

	private StaffId first;

	private StaffId second;

	private WebSession director;

	private UUID followUp;

	private int sequence;

	@BeforeEach
	void setUpAFollowUpGroup() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		this.agency = fixture.newAgency();
		this.first = fixture.newStaffMember(this.agency, "Fran", "First");
		this.second = fixture.newStaffMember(this.agency, "Sam", "Second");
		this.director = new WebSession(this.port);
		this.director.signIn(fixture.newUser(this.agency, Role.PROGRAM_DIRECTOR));
		Map<String, String> fields = new HashMap<>();
		fields.put("name", "Monday follow-up group");
		fields.put("purpose", "FOLLOW_UP");
		fields.put("composition", "MALE");
		fields.put("language", "English");
		fields.put("weekday", "MONDAY");
		fields.put("startsAt", "18:00");
		fields.put("durationMinutes", "90");
		fields.put("location", "Room 3");
		fields.put("capacity", "12");
		fields.put("facilitatorId", this.first.toString());
		fields.put("coFacilitatorId", this.second.toString());
		fields.put("facilitatorExceptionReason", "Training booked for next month.");
		assertThat(this.director.submit("/groups/new", "/groups/new", fields).statusCode()).isEqualTo(302);
		this.followUp = SystemScope.callAs(this.agency, () -> this.groups.schedule()).get(0).id();
	}

	@Test
	@DisplayName("PAR-11: the schedule and the group page show a follow-up group's purpose with 501.240")
	void showsThePurpose() {
		assertThat(this.director.get("/groups").body())
			.contains("Follow-up group for people who completed the program (501.240)");
		assertThat(this.director.get("/groups/" + this.followUp).body())
			.contains("Follow-up group for people who completed the program (501.240)");
	}

	@Test
	@DisplayName("PAR-11: a follow-up group takes a participant who completed the program and refuses an enrolled one with 501.240")
	void takesOnlyThoseWhoCompleted() {
		ParticipantId completed = at(ProgramStage.COMPLETED, Gender.MALE);
		ParticipantId enrolled = at(ProgramStage.ENROLLED, Gender.MALE);
		String form = "/groups/" + this.followUp + "/members";
		String candidates = this.director.get(form).body();
		assertThat(candidates).contains("Participant (completed the program, in no group yet)")
			.contains(completed.toString())
			.doesNotContain(enrolled.toString());

		HttpResponse<String> refused = this.director.submit(form, form, Map.of("participantId", enrolled.toString()));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body())
			.contains("A follow-up group is only for participants who completed the program (501.240).");

		assertThat(this.director.submit(form, form, Map.of("participantId", completed.toString())).statusCode())
			.isEqualTo(302);
		assertThat(SystemScope.callAs(this.agency, () -> this.groups.members(this.followUp)))
			.extracting(GroupMember::participantId)
			.containsExactly(completed);
	}

	@Test
	@DisplayName("PAR-11: the composition rules of 501.90(d)(3) apply to follow-up groups too")
	void appliesTheCompositionRules() {
		ParticipantId woman = at(ProgramStage.COMPLETED, Gender.FEMALE);
		String form = "/groups/" + this.followUp + "/members";
		assertThat(this.director.submit(form, form, Map.of("participantId", woman.toString())).body())
			.contains("(501.30(b)(7))");
	}

	@Test
	@DisplayName("PAR-11, GRP-5: attendance at a follow-up group does not count toward 24 sessions and 36 hours")
	void doesNotCountFollowUpAttendance() {
		ParticipantId completed = at(ProgramStage.COMPLETED, Gender.MALE);
		ParticipantId enrolled = at(ProgramStage.ENROLLED, Gender.MALE);
		UUID program = SystemScope.callAs(this.agency,
				() -> this.groups.create(new GroupCommand("Tuesday men's group", GroupComposition.MALE, "English",
						DayOfWeek.TUESDAY, LocalTime.of(18, 30), 90, "Room 2", 15, this.first.value(),
						this.second.value(), "Test facilitators without training records: exception documented.")));
		LocalDate today = LocalDate.now();
		SystemScope.callAs(this.agency, () -> {
			this.groups.addMember(this.followUp, completed);
			this.groups.addMember(program, enrolled);
			this.attendance.record(this.followUp, new AttendanceCommand(today, null, List.of(present(completed))));
			this.attendance.record(program, new AttendanceCommand(today, null, List.of(present(enrolled))));
			return null;
		});
		AttendanceProgress afterFollowUp = SystemScope.callAs(this.agency, () -> this.attendance.progress(completed));
		assertThat(afterFollowUp.sessionsAttended()).isZero();
		assertThat(afterFollowUp.hoursAttended()).isEqualByComparingTo("0");
		AttendanceProgress inTheProgram = SystemScope.callAs(this.agency, () -> this.attendance.progress(enrolled));
		assertThat(inTheProgram.sessionsAttended()).isEqualTo(1);
		assertThat(inTheProgram.hoursAttended()).isEqualByComparingTo("1.50");
	}

	private static AttendanceCommand.Line present(ParticipantId participant) {
		return new AttendanceCommand.Line(participant.value(), "Member", AttendanceStatus.PRESENT,
				new BigDecimal("1.50"), false, null);
	}

	private ParticipantId at(ProgramStage stage, Gender gender) {
		this.sequence++;
		int number = this.sequence;
		return SystemScope.callAs(this.agency, () -> {
			ParticipantId id = this.participants
				.refer(new ReferralCommand("Member" + number, "Tester", LocalDate.of(1980, 1, number), gender, false,
						"English", ReferralSource.COURT, null, LocalDate.of(2026, 1, 5)));
			this.participants.placeAtStage(id, stage, LocalDate.of(2026, 6, 1));
			return id;
		});
	}

}
