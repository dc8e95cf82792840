package org.paipmanager.group;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.paipmanager.AgencyFixture;
import org.paipmanager.AgencyFixture.StaffUser;
import org.paipmanager.WebSession;
import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditEntry;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.participant.Gender;
import org.paipmanager.participant.ParticipantManagement;
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
 * GRP-5: individual sessions, recorded apart from group sessions; up to four count, a
 * fifth and later one only with the documented rationale of 501.90(a).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IndividualSessionIntegrationTests {

	private static final LocalDate START = LocalDate.now().minusWeeks(8);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	RecordingIndividualSessions individual;

	@Autowired
	RecordingAttendance attendance;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	AuditLog audit;

	private AgencyFixture fixture;

	private AgencyId agency;

	private StaffId counsellor;

	private ParticipantId participant;

	private WebSession facilitator;

	private String page;

	@BeforeEach
	void enrolAParticipant() {
		this.fixture = AgencyFixture.in(this.context);
		this.agency = this.fixture.newAgency();
		this.counsellor = this.fixture.newStaffMember(this.agency, "Casey", "Counsellor");
		this.participant = this.fixture.enrolledParticipant(this.agency, "Indy", Gender.FEMALE, START);
		StaffUser user = this.fixture.newUser(this.agency, Role.FACILITATOR);
		this.facilitator = new WebSession(this.port);
		this.facilitator.signIn(user);
		this.page = "/participants/" + this.participant + "/individual-sessions";
	}

	@Test
	@DisplayName("GRP-5: a fifth individual session is refused without a documented rationale, 501.90(a) quoted, and accepted with one")
	void refusesTheFifthWithoutRationaleAndAcceptsItWithOne() {
		for (int week = 1; week <= 4; week++) {
			record(START.plusWeeks(week), null, null);
		}
		HttpResponse<String> refused = this.facilitator.submit(this.page, this.page, form(null, ""));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Four individual sessions are already recorded.")
			.contains("Up to 4 individual sessions may be included, but all remaining hours must be group work")
			.contains("Describe why group is contraindicated");
		assertThat(sessions()).isEqualTo(4);

		HttpResponse<String> accepted = this.facilitator.submit(this.page, this.page,
				form("INSUFFICIENT_NUMBERS", "Only Spanish-speaking woman referred this quarter; no group can form."));
		assertThat(accepted.statusCode()).isEqualTo(302);
		assertThat(sessions()).isEqualTo(5);
		String list = this.facilitator.get(this.page).body();
		assertThat(list).contains("The individual session was recorded.")
			.contains("Rationale (501.90(a)): Insufficient numbers for a group. Only Spanish-speaking woman");

		AttendanceProgress progress = SystemScope.callAs(this.agency, () -> this.attendance.progress(this.participant));
		assertThat(progress.individualSessions()).isEqualTo(5);
		assertThat(progress.sessionsAttended()).isEqualTo(5);
		assertThat(progress.individualHours()).isEqualByComparingTo("5.00");
		assertThat(progress.hoursAttended()).isEqualByComparingTo("5.00");
		assertThat(progress.groupSessions()).isZero();
		// Recording and reading are audited.
		assertThat(SystemScope.callAs(this.agency, () -> this.audit.recent(200)))
			.filteredOn((entry) -> "individual-session".equals(entry.recordType()))
			.extracting(AuditEntry::action)
			.containsOnly(AuditAction.CREATE)
			.hasSize(5);
	}

	@Test
	@DisplayName("GRP-5: the API refuses a fifth individual session without rationale as problem+json quoting 501.90(a)")
	void refusesTheFifthOnTheApiAsProblemJson() {
		for (int week = 1; week <= 4; week++) {
			record(START.plusWeeks(week), null, null);
		}
		String body = """
				{"heldOn": "%s", "minutes": 45, "staffId": "%s", "topic": "Parenting without violence",
				 "progressNote": "Talked about the children.", "reason": "Night shifts"}"""
			.formatted(LocalDate.now().minusDays(1), this.counsellor.value());
		HttpResponse<String> refused = this.facilitator.json("POST", "/api" + this.page, body);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(refused.body()).contains("\"field\":\"rationaleCode\"")
			.contains("Up to 4 individual sessions may be included");
		assertThat(sessions()).isEqualTo(4);
		HttpResponse<String> accepted = this.facilitator.json("POST", "/api" + this.page,
				body.replace("}", ", \"rationaleCode\": \"INDIVIDUAL_CIRCUMSTANCES\", "
						+ "\"rationale\": \"Works nights; no evening group fits.\"}"));
		assertThat(accepted.statusCode()).isEqualTo(201);
		assertThat(accepted.body()).contains("\"number\":5").contains("\"hours\":0.75");
	}

	@Test
	@DisplayName("GRP-4/GRP-5: an individual session before the program start, or of someone not enrolled, is refused")
	void refusesIntakeTimeAndSomeoneNotEnrolled() {
		Map<String, String> early = form(null, "");
		early.put("heldOn", START.minusDays(3).toString());
		assertThat(this.facilitator.submit(this.page, this.page, early).body())
			.contains("This date is before the program start date.");
		ParticipantId referred = SystemScope.callAs(this.agency,
				() -> this.participants.refer(new ReferralCommand("Rita", "Referred", LocalDate.of(1985, 5, 5),
						Gender.FEMALE, false, "English", ReferralSource.COURT, null, LocalDate.now().minusDays(3))));
		String other = "/participants/" + referred + "/individual-sessions";
		assertThat(this.facilitator.submit(other, other, form(null, "")).body())
			.contains("Only an enrolled participant has individual sessions that count toward the program");
		assertThat(sessions()).isZero();
	}

	@Test
	@DisplayName("GRP-5: an intake worker may read but not record individual sessions")
	void keepsRecordingToThoseWhoRecordAttendance() {
		WebSession intake = new WebSession(this.port);
		intake.signIn(this.fixture.newUser(this.agency, Role.INTAKE_WORKER));
		String page = intake.get(this.page).body();
		assertThat(page).contains("No individual session recorded.").doesNotContain("Record individual session");
		Map<String, String> fields = new LinkedHashMap<>(form(null, ""));
		fields.put("_csrf", WebSession.csrfToken(page));
		assertThat(intake.post(this.page, fields).statusCode()).isEqualTo(403);
	}

	private Map<String, String> form(String rationaleCode, String rationale) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("heldOn", LocalDate.now().minusDays(1).toString());
		form.put("minutes", "60");
		form.put("staffId", this.counsellor.value().toString());
		form.put("topic", "Non-abusive conflict resolution");
		form.put("progressNote", "Named two controlling behaviours and a plan to stop them.");
		form.put("reason", "Works nights during the only group this term.");
		form.put("rationaleCode", (rationaleCode != null) ? rationaleCode : "");
		form.put("rationale", rationale);
		return form;
	}

	private void record(LocalDate heldOn, IndividualSessionRationale code, String rationale) {
		SystemScope.callAs(this.agency,
				() -> this.individual.record(this.participant, new IndividualSessionCommand(heldOn, 60,
						this.counsellor.value(), "Recognising abuse", "Engaged.", "Shift work", code, rationale)));
	}

	private long sessions() {
		return SystemScope.callAs(this.agency, () -> this.individual.sessions(this.participant)).size();
	}

}
