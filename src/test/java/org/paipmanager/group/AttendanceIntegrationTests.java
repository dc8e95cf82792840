package org.paipmanager.group;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * GRP-4: attendance for a whole group on one sheet, saved at once; GRP-5: each
 * participant's count toward 24 sessions and 36 hours (501.90(a)).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AttendanceIntegrationTests {

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

	private AgencyFixture fixture;

	private AgencyId agency;

	private UUID group;

	private final List<ParticipantId> members = new ArrayList<>();

	private WebSession facilitator;

	private String page;

	private final LocalDate heldOn = LocalDate.now();

	@BeforeEach
	void fillAGroup() {
		this.fixture = AgencyFixture.in(this.context);
		this.agency = this.fixture.newAgency();
		StaffId first = this.fixture.newStaffMember(this.agency, "Fran", "First");
		StaffId second = this.fixture.newStaffMember(this.agency, "Sam", "Second");
		this.group = SystemScope.callAs(this.agency,
				() -> this.groups.create(new GroupCommand("Tuesday men's group", GroupComposition.MALE, "English",
						DayOfWeek.TUESDAY, LocalTime.of(18, 30), 90, "Room 2", 15, first.value(), second.value(),
						"Test facilitators without training records: exception documented.")));
		for (int i = 1; i <= 15; i++) {
			int number = i;
			this.members.add(SystemScope.callAs(this.agency, () -> {
				ParticipantId id = this.participants
					.refer(new ReferralCommand("Member" + number, "Tester", LocalDate.of(1980, 1, number), Gender.MALE,
							false, "English", ReferralSource.COURT, null, LocalDate.now().minusDays(30)));
				this.participants.placeAtStage(id, ProgramStage.ENROLLED, LocalDate.now().minusDays(20));
				this.groups.addMember(this.group, id);
				return id;
			}));
		}
		this.facilitator = new WebSession(this.port);
		this.facilitator.signIn(this.fixture.newUser(this.agency, Role.FACILITATOR));
		this.page = "/groups/" + this.group + "/attendance?date=" + this.heldOn;
	}

	@Test
	@DisplayName("GRP-4: the sheet lists all 15 present for the whole session; one save records the group")
	void recordsAFullGroupInOneSave() {
		String sheet = this.facilitator.get(this.page).body();
		assertThat(sheet.split("class=\"usa-legend usa-legend--large\"", -1)).hasSize(16);
		assertThat(sheet).contains("value=\"1.50\"");
		Map<String, String> form = form(Map.of(0, "ABSENT", 1, "LATE"), Map.of(0, "0", 1, "1.00"));
		HttpResponse<String> saved = this.facilitator.submit(this.page, "/groups/" + this.group + "/attendance", form);
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(this.facilitator.get(this.page).body()).contains("Attendance was saved.").contains("14 of 15");

		AttendanceProgress absent = progress(sortedMembers().get(0));
		assertThat(absent.sessionsAttended()).isZero();
		assertThat(absent.absencesInARow()).isEqualTo(1);
		AttendanceProgress late = progress(sortedMembers().get(1));
		assertThat(late.sessionsAttended()).isEqualTo(1);
		assertThat(late.hoursAttended()).isEqualByComparingTo("1.00");
		AttendanceProgress present = progress(sortedMembers().get(2));
		assertThat(present.hoursAttended()).isEqualByComparingTo("1.50");

		WebSession intake = new WebSession(this.port);
		intake.signIn(this.fixture.newUser(this.agency, Role.INTAKE_WORKER));
		String file = intake.get("/participants/" + sortedMembers().get(2)).body();
		assertThat(file).contains("1 of 24 sessions attended (501.90(a)).")
			.contains("1.5 of 36 hours attended (501.90(a)).")
			.containsPattern(
					"id=\"checklist-E\">[^<]*<th scope=\"row\">E\\) Attendance records</th>\\s*<td><span class=\"usa-tag bg-green\">");
	}

	@Test
	@DisplayName("GRP-4: hours that do not fit the status, or a missing member, save nothing and say why")
	void refusesImpossibleLines() {
		HttpResponse<String> page = this.facilitator.submit(this.page, "/groups/" + this.group + "/attendance",
				form(Map.of(0, "ABSENT", 1, "PRESENT", 2, "PRESENT"), Map.of(0, "1", 1, "3", 2, "0")));
		assertThat(page.body()).contains("Nothing was saved.")
			.contains("Absent or excused cannot have hours.")
			.contains("More hours than the session lasted.")
			.contains("Present or late needs the hours attended.");
		Map<String, String> missingOne = form(Map.of(), Map.of());
		missingOne.keySet().removeIf((key) -> key.startsWith("lines[14]"));
		assertThat(this.facilitator.submit(this.page, "/groups/" + this.group + "/attendance", missingOne).body())
			.contains("Record everyone who was in the group on that date.");
		assertThat(SystemScope.callAs(this.agency, () -> this.attendance.recordedSessions(this.group, 26))).isEmpty();
	}

	@Test
	@DisplayName("GRP-4: a date, version or line value that cannot be read at all shows the sheet with 'nothing was saved', never a server error (found by wapiti)")
	void answersUnreadableValuesWithTheSheet() {
		for (Map.Entry<String, String> bad : Map
			.of("heldOn", this.heldOn + "¿'\"(", "version", "x", "lines[0].hours", "abc", "lines[0].status", "NOPE",
					"lines[0].participantId", "xyz")
			.entrySet()) {
			Map<String, String> form = form(Map.of(), Map.of());
			form.put(bad.getKey(), bad.getValue());
			HttpResponse<String> answer = this.facilitator.submit(this.page, "/groups/" + this.group + "/attendance",
					form);
			assertThat(answer.statusCode()).as(bad.getKey()).isEqualTo(200);
			assertThat(answer.body()).as(bad.getKey()).contains("Nothing was saved");
		}
		assertThat(SystemScope.callAs(this.agency, () -> this.attendance.recordedSessions(this.group, 26))).isEmpty();
	}

	@Test
	@DisplayName("GRP-4: a correction replaces the record; a stale sheet conflicts visibly")
	void correctsAndConflicts() {
		String stale = this.facilitator.get(this.page).body();
		this.facilitator.submit(this.page, "/groups/" + this.group + "/attendance", form(Map.of(), Map.of()));
		Map<String, String> correction = form(Map.of(3, "EXCUSED"), Map.of(3, "0"));
		correction.put("version", "0");
		assertThat(this.facilitator.submit(this.page, "/groups/" + this.group + "/attendance", correction).statusCode())
			.isEqualTo(302);
		assertThat(progress(sortedMembers().get(3)).sessionsAttended()).isZero();
		// A sheet read before the first save has no version: it conflicts with the
		// record.
		assertThat(stale).doesNotContain("name=\"version\" value=\"0\"");
		Map<String, String> late = form(Map.of(), Map.of());
		late.put("version", "");
		assertThat(this.facilitator.submit(this.page, "/groups/" + this.group + "/attendance", late).body())
			.contains("Someone else saved this session after you opened it.");
		assertThat(progress(sortedMembers().get(3)).sessionsAttended()).isZero();
	}

	@Test
	@DisplayName("GRP-4: intake workers do not record attendance")
	void keepsAttendanceToFacilitatorsAndDirectors() {
		WebSession intake = new WebSession(this.port);
		intake.signIn(this.fixture.newUser(this.agency, Role.INTAKE_WORKER));
		assertThat(intake.get(this.page).statusCode()).isEqualTo(403);
	}

	/**
	 * The whole sheet as posted: everyone present for 1.5 hours unless told otherwise.
	 */
	@Test
	@DisplayName("GRP-10: homework and the progress note written on the sheet stand in the participant's session record")
	void keepsHomeworkAndProgressNotesPerParticipant() {
		Map<String, String> form = form(Map.of(), Map.of());
		form.put("lines[2].homeworkDone", "true");
		form.put("lines[2].progressNote", "Named two warning signs and his time-out plan.");
		assertThat(this.facilitator.submit(this.page, "/groups/" + this.group + "/attendance", form).statusCode())
			.isEqualTo(302);
		String record = this.facilitator.get("/participants/" + sortedMembers().get(2) + "/attendance").body();
		assertThat(record).contains(this.heldOn.toString())
			.contains("Tuesday men&#39;s group")
			.contains("Named two warning signs and his time-out plan.")
			.contains("<td>Done</td>");
		String other = this.facilitator.get("/participants/" + sortedMembers().get(3) + "/attendance").body();
		assertThat(other).doesNotContain("Named two warning signs").contains("<td>Not done</td>");
	}

	private Map<String, String> form(Map<Integer, String> statuses, Map<Integer, String> hours) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("heldOn", this.heldOn.toString());
		List<ParticipantId> sorted = sortedMembers();
		for (int i = 0; i < sorted.size(); i++) {
			form.put("lines[" + i + "].participantId", sorted.get(i).toString());
			form.put("lines[" + i + "].name", "Member");
			form.put("lines[" + i + "].status", statuses.getOrDefault(i, "PRESENT"));
			form.put("lines[" + i + "].hours", hours.getOrDefault(i, "1.5"));
		}
		return form;
	}

	/** Members in the order of the sheet: by name. */
	private List<ParticipantId> sortedMembers() {
		return SystemScope.callAs(this.agency, () -> this.attendance.sheet(this.group, this.heldOn))
			.lines()
			.stream()
			.map((line) -> new ParticipantId(line.participantId()))
			.toList();
	}

	private AttendanceProgress progress(ParticipantId id) {
		return SystemScope.callAs(this.agency, () -> this.attendance.progress(id));
	}

}
