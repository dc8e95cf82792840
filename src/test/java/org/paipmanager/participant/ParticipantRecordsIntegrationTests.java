package org.paipmanager.participant;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.WebSession;
import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.PartnerAgencyCategory;
import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditEntry;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.intake.IntakeScreenings;
import org.paipmanager.intake.ScreeningView;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.SystemScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ParticipantRecordsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	AuditLog audit;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	IntakeScreenings screenings;

	private AgencyFixture fixture;

	private AgencyId agency;

	@BeforeEach
	void createAgency() {
		this.fixture = AgencyFixture.in(this.context);
		this.agency = this.fixture.newAgency();
	}

	@Test
	@DisplayName("PAR-1: the referral papers: referring office from the directory (never a shelter), charge, offence, order of protection, due dates")
	void recordsWhatTheReferralPapersSay() {
		UUID probation = SystemScope.callAs(this.agency,
				() -> this.agencies.addPartnerAgency("Adult Probation, Test County",
						PartnerAgencyCategory.JUDICIARY_PROBATION, "555-0101", "Test", false));
		SystemScope.callAs(this.agency, () -> this.agencies.addPartnerAgency("Safe Harbor Shelter",
				PartnerAgencyCategory.DOMESTIC_VIOLENCE_VICTIM_SERVICES, "555-0102", "Test", true));
		WebSession intake = new WebSession(this.port);
		intake.signIn(this.fixture.newUser(this.agency, Role.INTAKE_WORKER));
		String form = intake.get("/participants/new").body();
		assertThat(form).contains("Adult Probation, Test County").doesNotContain("Safe Harbor Shelter");

		Map<String, String> papers = referral("1990-02-03", "2026-11-01");
		papers.putAll(Map.of("referringAgencyId", probation.toString(), "referringContact", "Officer Lane, 555-0199",
				"chargeType", "DOMESTIC_BATTERY", "offenceDescription", "Battery charge, plea to probation.",
				"orderOfProtection", "PLENARY_ORDER", "nextCourtDate", "2027-01-15", "reportDueOn", "2026-10-01"));
		HttpResponse<String> refused = intake.submit("/participants/new", "/participants/new", papers);
		assertThat(refused.body()).contains("Court and report dates cannot be before the referral was received.");
		papers.put("reportDueOn", "2026-12-01");
		HttpResponse<String> saved = intake.submit("/participants/new", "/participants/new", papers);
		String location = saved.headers().firstValue("Location").orElseThrow();
		String path = location.substring(location.indexOf("/participants/"));
		assertThat(intake.get(path).body()).contains("Adult Probation, Test County")
			.contains("Officer Lane, 555-0199")
			.contains("Domestic battery")
			.contains("Plenary order")
			.contains("2027-01-15")
			.contains("2026-12-01");

		ParticipantId id = new ParticipantId(UUID.fromString(path.substring("/participants/".length())));
		// The screening starts from what the papers say (501.115(b)(2)).
		ScreeningView screening = SystemScope.callAs(this.agency, () -> {
			this.participants.placeAtStage(id, ProgramStage.SCREENING, java.time.LocalDate.of(2026, 11, 2));
			return this.screenings.start(id);
		});
		assertThat(screening.answers()).containsEntry("chargeType", "DOMESTIC_BATTERY")
			.containsEntry("orderOfProtection", "PLENARY_ORDER")
			.containsEntry("nextCourtDate", "2027-01-15")
			.containsEntry("offenceDescription", "Battery charge, plea to probation.");

		HttpResponse<String> unknown = intake.json("POST", "/api/participants",
				"{\"firstName\":\"Api\",\"lastName\":\"Referral\",\"dateOfBirth\":\"1990-01-01\",\"gender\":\"MALE\",\"preferredLanguage\":\"English\",\"referralSource\":\"PROBATION\",\"referredOn\":\"2026-11-01\",\"referringAgencyId\":\""
						+ UUID.randomUUID() + "\"}");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("referringAgencyId");
	}

	@Test
	@DisplayName("PAR-1: an intake worker records a referral and opening the record is audited")
	void recordsAReferralAndAuditsEveryRead() {
		WebSession intake = new WebSession(this.port);
		intake.signIn(this.fixture.newUser(this.agency, Role.INTAKE_WORKER));
		HttpResponse<String> saved = intake.submit("/participants/new", "/participants/new",
				referral("1990-02-03", "2026-11-01"));
		assertThat(saved.statusCode()).isEqualTo(302);
		String location = saved.headers().firstValue("Location").orElseThrow();
		String page = intake.get(location.substring(location.indexOf("/participants/"))).body();
		assertThat(page).contains("Jamie Referred")
			.contains("Probation")
			.contains("2026-CF-0001")
			.contains("Referred")
			.contains("<p class=\"usa-alert__text\">Saved.</p>")
			// PAR-8: a new referral's file lacks the screening, notes are missing,
			// completion not due.
			.containsPattern(
					"id=\"checklist-A\">\\s*<th scope=\"row\">A\\) Intake screening document</th>\\s*<td><span class=\"usa-tag bg-secondary-dark\">Missing</span>")
			.containsPattern(
					"id=\"checklist-G\">[^/]*</th>\\s*<td><span class=\"usa-tag bg-secondary-dark\">Missing</span>")
			.containsPattern("id=\"checklist-H\">[^/]*</th>\\s*<td><span class=\"usa-tag\">Not due yet</span>");
		assertThat(intake.get(location.substring(location.indexOf("/participants/"))).body()).doesNotContain("Saved.");

		var entries = SystemScope.callAs(this.agency, () -> this.audit.recent(50));
		assertThat(entries).filteredOn((entry) -> "participant".equals(entry.recordType()))
			.extracting(AuditEntry::action)
			.contains(AuditAction.CREATE, AuditAction.READ);
		assertThat(entries).extracting(AuditEntry::detail)
			.noneMatch((detail) -> detail != null && detail.contains("Jamie"));
	}

	@Test
	@DisplayName("PAR-1: impossible dates are refused on the page and nothing is saved")
	void refusesFutureBirthAndReferralBeforeBirth() {
		WebSession intake = new WebSession(this.port);
		intake.signIn(this.fixture.newUser(this.agency, Role.INTAKE_WORKER));
		HttpResponse<String> future = intake.submit("/participants/new", "/participants/new",
				referral("2999-01-01", "2026-11-01"));
		assertThat(future.statusCode()).isEqualTo(200);
		assertThat(future.body()).contains("This date must be in the past.");
		HttpResponse<String> beforeBirth = intake.submit("/participants/new", "/participants/new",
				referral("2001-05-05", "2000-01-01"));
		assertThat(beforeBirth.body()).contains("The referral date cannot be before the date of birth.");
		assertThat(SystemScope.callAs(this.agency, () -> this.participants.list(null))).isEmpty();
	}

	@Test
	void listsParticipantsByStageAndKeepsThemFromRolesWithoutAccess() {
		WebSession director = new WebSession(this.port);
		director.signIn(this.fixture.newUser(this.agency, Role.PROGRAM_DIRECTOR));
		director.submit("/participants/new", "/participants/new", referral("1985-01-01", "2026-10-01"));
		assertThat(director.get("/participants?stage=REFERRED").body()).contains("Referred, Jamie");
		assertThat(director.get("/participants?stage=ENROLLED").body()).doesNotContain("Referred, Jamie");

		WebSession facilitator = new WebSession(this.port);
		facilitator.signIn(this.fixture.newUser(this.agency, Role.FACILITATOR));
		assertThat(facilitator.get("/participants").statusCode()).isEqualTo(200);
		assertThat(facilitator.get("/participants/new").statusCode()).isEqualTo(403);
		assertThat(facilitator.submit("/participants", "/participants/new", referral("1985-01-01", "2026-10-01"))
			.statusCode()).isEqualTo(403);

		WebSession monitor = new WebSession(this.port);
		monitor.signIn(this.fixture.newUser(this.agency, Role.DEPARTMENT_MONITOR));
		assertThat(monitor.get("/participants").statusCode()).isEqualTo(403);
		assertThat(monitor.get("/api/participants").statusCode()).isEqualTo(403);
	}

	@Test
	void showsIntakeWorkQueuesWithCountsAndWaitingDaysOnTheHomePage() {
		SystemScope.callAs(this.agency,
				() -> this.participants.refer(new ReferralCommand("Quinn", "Waiting",
						java.time.LocalDate.of(1980, 1, 1), Gender.MALE, false, "English", ReferralSource.COURT, null,
						java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(4))));
		WebSession intake = new WebSession(this.port);
		intake.signIn(this.fixture.newUser(this.agency, Role.INTAKE_WORKER));
		String home = intake.get("/").body();
		String queues = home.substring(home.indexOf("id=\"work-queues\""));
		assertThat(queues).contains("Referrals waiting for a decision (501.230(a))")
			.containsPattern("<td>1</td>\\s*<td>4 days</td>");

		WebSession administrator = new WebSession(this.port);
		administrator.signIn(this.fixture.newUser(this.agency, Role.ADMINISTRATOR));
		assertThat(administrator.get("/").body()).doesNotContain("work-queues");
	}

	@Test
	@DisplayName("PAR-8: case notes are append-only; a correction is a new note pointing at the one it corrects")
	void keepsCaseNotesAppendOnlyWithCorrectionsAsNewNotes() {
		ParticipantId id = SystemScope.callAs(this.agency,
				() -> this.participants
					.refer(new ReferralCommand("Noted", "Person", java.time.LocalDate.of(1980, 1, 1), Gender.MALE,
							false, "English", ReferralSource.COURT, null, java.time.LocalDate.of(2026, 10, 1))));
		WebSession facilitator = new WebSession(this.port);
		facilitator.signIn(this.fixture.newUser(this.agency, Role.FACILITATOR));
		String file = "/participants/" + id;
		assertThat(facilitator.submit(file, file + "/notes", Map.of("text", "Attended orientation; arrived late."))
			.statusCode()).isEqualTo(302);
		java.util.UUID first = SystemScope.callAs(this.agency, () -> this.participants.caseNotes(id)).get(0).id();
		assertThat(facilitator
			.submit(file, file + "/notes",
					Map.of("text", "Correction: arrived on time.", "correctsNoteId", first.toString()))
			.statusCode()).isEqualTo(302);

		var notes = SystemScope.callAs(this.agency, () -> this.participants.caseNotes(id));
		assertThat(notes).hasSize(2);
		assertThat(notes.get(0).correctsNoteId()).isEqualTo(first);
		assertThat(notes.get(1).correctedByNoteId()).isEqualTo(notes.get(0).id());
		assertThat(notes.get(1).text()).isEqualTo("Attended orientation; arrived late.");
		assertThat(facilitator.get(file).body()).contains("Corrected by a later note")
			.contains("Correction: arrived on time.");

		HttpResponse<String> empty = facilitator.submit(file, file + "/notes", Map.of("text", "  "));
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(empty.body()).contains("This field is required.");

		org.springframework.transaction.support.TransactionTemplate transaction = new org.springframework.transaction.support.TransactionTemplate(
				this.context.getBean(org.springframework.transaction.PlatformTransactionManager.class));
		org.springframework.jdbc.core.simple.JdbcClient jdbc = this.context
			.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> SystemScope.callAs(this.agency,
					() -> transaction
						.execute((status) -> jdbc.sql("update participant_case_note set text = 'rewritten'").update())))
			.rootCause()
			.hasMessageContaining("permission denied");

		WebSession monitor = new WebSession(this.port);
		monitor.signIn(this.fixture.newUser(this.agency, Role.DEPARTMENT_MONITOR));
		assertThat(monitor.get(file).statusCode()).isEqualTo(403);
	}

	@Test
	@DisplayName("PAR-1: a referral matching an existing person or case number is held back with a warning until confirmed")
	void warnsAboutPossibleDuplicatesBeforeSaving() {
		WebSession intake = new WebSession(this.port);
		intake.signIn(this.fixture.newUser(this.agency, Role.INTAKE_WORKER));
		assertThat(intake.submit("/participants/new", "/participants/new", referral("1990-02-03", "2026-11-01"))
			.statusCode()).isEqualTo(302);

		Map<String, String> sameCase = referral("1970-07-07", "2026-11-05");
		sameCase.put("firstName", "Someone");
		HttpResponse<String> warned = intake.submit("/participants/new", "/participants/new", sameCase);
		assertThat(warned.statusCode()).isEqualTo(200);
		assertThat(warned.body()).contains("This referral may already be recorded")
			.contains("Jamie Referred, 1990-02-03");
		assertThat(SystemScope.callAs(this.agency, () -> this.participants.list(null))).hasSize(1);

		HttpResponse<String> samePerson = intake.submit("/participants/new", "/participants/new",
				referral("1990-02-03", "2026-11-06"));
		assertThat(samePerson.body()).contains("This referral may already be recorded");

		Map<String, String> withoutCaseNumber = referral("1999-09-09", "2026-11-07");
		withoutCaseNumber.put("firstName", "Casey");
		withoutCaseNumber.put("caseNumber", "");
		assertThat(intake.submit("/participants/new", "/participants/new", withoutCaseNumber).statusCode())
			.isEqualTo(302);

		sameCase.put("notADuplicate", "true");
		assertThat(intake.submit("/participants/new", "/participants/new", sameCase).statusCode()).isEqualTo(302);
		assertThat(SystemScope.callAs(this.agency, () -> this.participants.list(null))).hasSize(3);
	}

	@Test
	@DisplayName("PAR-12: a referral records how often the person was in a PAIP before and that history")
	void recordsRepeatParticipationAndEarlierHistory() {
		WebSession intake = new WebSession(this.port);
		intake.signIn(this.fixture.newUser(this.agency, Role.INTAKE_WORKER));
		Map<String, String> tooMany = referral("1990-02-03", "2026-11-01");
		tooMany.put("priorParticipations", "99");
		assertThat(intake.submit("/participants/new", "/participants/new", tooMany).body())
			.contains("Enter a number from 0 to 50.");

		Map<String, String> repeat = referral("1990-02-03", "2026-11-01");
		repeat.put("priorParticipations", "2");
		repeat.put("priorProgramHistory", "Completed in 2019; terminated in 2022 for absences.");
		HttpResponse<String> saved = intake.submit("/participants/new", "/participants/new", repeat);
		assertThat(saved.statusCode()).isEqualTo(302);
		String location = saved.headers().firstValue("Location").orElseThrow();
		String file = intake.get(location.substring(location.indexOf("/participants/"))).body();
		assertThat(file).contains("<dd id=\"prior-participations\">2</dd>")
			.contains("Completed in 2019; terminated in 2022 for absences.");
	}

	private static Map<String, String> referral(String born, String referred) {
		Map<String, String> fields = new HashMap<>();
		fields.put("firstName", "Jamie");
		fields.put("lastName", "Referred");
		fields.put("dateOfBirth", born);
		fields.put("gender", "MALE");
		fields.put("preferredLanguage", "English");
		fields.put("referralSource", "PROBATION");
		fields.put("caseNumber", "2026-CF-0001");
		fields.put("referredOn", referred);
		return fields;
	}

}
