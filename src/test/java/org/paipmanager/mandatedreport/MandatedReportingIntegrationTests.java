package org.paipmanager.mandatedreport;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.paipmanager.statistics.AbuseReportCounts;
import org.paipmanager.AgencyFixture;
import org.paipmanager.OwnerDatabase;
import org.paipmanager.WebSession;
import org.paipmanager.participant.Gender;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.SystemScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The mandated-report workflow through the pages and the API, each branch of 501.220 and
 * 501.145 stored on its side: the participant side holds only that a report was made; the
 * victim side (consent, assessments, attempts, what was said) stays in the compartment,
 * proved with canary strings searched in the participant file, the participant-side
 * table, the audit log and the log output.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class MandatedReportingIntegrationTests {

	private static final ZoneId ILLINOIS = ZoneId.of("America/Chicago");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Environment environment;

	@Autowired
	JdbcClient applicationJdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MandatedReporting reporting;

	private final String canary = "CANARY" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	private AgencyFixture fixture;

	private AgencyId agency;

	private ParticipantId participant;

	@BeforeEach
	void participantOnRecord() {
		this.fixture = AgencyFixture.in(this.context);
		this.agency = this.fixture.newAgency();
		this.participant = this.fixture.enrolledParticipant(this.agency, "Reported", Gender.MALE,
				LocalDate.now().minusWeeks(4));
	}

	@Test
	@DisplayName("SAF-5: a facilitator's threat report is made at once; the victim notice becomes the liaison's item, completed in the compartment")
	void facilitatorThreatGoesToTheLiaison(CapturedOutput output) throws SQLException {
		WebSession facilitator = session(Role.FACILITATOR);
		String file = "/participants/" + this.participant;
		assertThat(facilitator.get(file).body()).contains("mandated-reports-section", file + "/mandated-reports/new");
		String start = file + "/mandated-reports/new";
		HttpResponse<String> steps = facilitator.submit(start, start,
				Map.of("source", "PARTICIPANT", "concerns", "THREAT_TO_HARM_OR_KILL_VICTIM"));
		assertThat(steps.body())
			.contains("action-REPORT_THREAT_IMMEDIATELY", "501.220(c)", "liaison-note",
					"The victim liaison will handle the victim notification.")
			.doesNotContain("action-NOTIFY_VICTIM_OF_THREAT")
			.doesNotContain("victimStatement");

		HttpResponse<String> recorded = facilitator.submit(start, file + "/mandated-reports",
				report(Map.of("source", "PARTICIPANT", "concerns", "THREAT_TO_HARM_OR_KILL_VICTIM"),
						"REPORT_THREAT_IMMEDIATELY", "POL-2026-0001"));
		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(302);
		String list = facilitator.get(file + "/mandated-reports").body();
		assertThat(list).contains("POL-2026-0001", "Threat to harm or kill", "501.220(c)",
				"The victim liaison will handle the victim notification.", "Follow-up pending");

		List<MandatedReportView> reports = reports();
		assertThat(reports).singleElement().satisfies((r) -> {
			assertThat(r.kind()).isEqualTo(ReportKind.THREAT_TO_HARM_OR_KILL);
			assertThat(r.section()).isEqualTo("501.220(c)");
			assertThat(r.victimFollowUpOutstanding()).isTrue();
		});
		UUID event = reports.get(0).eventId();

		// The liaison sees the outstanding item in the compartment and takes the steps.
		WebSession liaison = session(Role.VICTIM_LIAISON);
		String compartment = liaison.get("/victim/participants/" + this.participant).body();
		assertThat(compartment).contains("follow-up-" + event, "notify the victim", "501.220(c)(1)");
		String followUp = file + "/mandated-reports/" + event + "/follow-up";
		HttpResponse<String> missing = liaison.submit(followUp, followUp, Map.of("version", "0"));
		assertThat(missing.statusCode()).isEqualTo(200);
		assertThat(missing.body()).contains("501.220(b), (c): document at least one effort to notify the victim.");
		HttpResponse<String> done = liaison.submit(followUp, followUp,
				Map.of("version", "0", "attempts[0].at", minutesAgo(30), "attempts[0].method", "TELEPHONE",
						"attempts[0].reached", "true", "attempts[0].said",
						"Told her of the threat " + this.canary + "said", "note",
						"Safety plan reviewed " + this.canary + "note"));
		assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
		assertThat(liaison.get(followUp).body()).contains(this.canary + "said", "follow-up-done");
		assertThat(reports()).singleElement().satisfies((r) -> assertThat(r.victimFollowUpOutstanding()).isFalse());
		assertThat(liaison.get("/victim/participants/" + this.participant).body()).doesNotContain("follow-up-" + event);
		// The follow-up is the compartment's: the facilitator is refused it.
		assertThat(facilitator.get(followUp).statusCode()).isEqualTo(403);

		assertNoVictimTextOutsideTheCompartment(output, facilitator, liaison);
	}

	@Test
	@DisplayName("SAF-5: a director who has not stepped up reports like a facilitator; the victim side opens only after step-up, and a second completion is a conflict (409)")
	void directorWithoutStepUpHandsOverAndAStaleCompletionConflicts() {
		WebSession director = session(Role.PROGRAM_DIRECTOR);
		String file = "/participants/" + this.participant;
		String start = file + "/mandated-reports/new";
		Map<String, String> facts = Map.of("source", "STAFF_OBSERVATION", "concerns",
				"THREAT_TO_HARM_OR_KILL_CHILDREN");
		assertThat(director.submit(start, start, facts).body()).contains("step-up-hint", "liaison-note")
			.doesNotContain("victimStatement");
		assertThat(
				director.submit(start, file + "/mandated-reports", report(facts, "REPORT_THREAT_IMMEDIATELY", "CJ-5"))
					.statusCode())
			.isEqualTo(302);
		UUID event = reports().get(0).eventId();
		String followUp = file + "/mandated-reports/" + event + "/follow-up";
		assertThat(director.get(followUp).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).contains("/account/step-up?continue=" + followUp));

		WebSession liaison = session(Role.VICTIM_LIAISON);
		Map<String, String> done = Map.of("version", "0", "attempts[0].at", minutesAgo(5), "attempts[0].method",
				"MAIL");
		assertThat(liaison.submit(followUp, followUp, done).statusCode()).isEqualTo(302);
		HttpResponse<String> stale = liaison.submit(followUp, followUp, done);
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Someone else completed this follow-up");
	}

	@Test
	@DisplayName("SAF-4: victim-originated information waits for her consent, is withheld without it, and needs a documented notice effort before the report")
	void victimOriginatedInformationNeedsConsent(CapturedOutput output) throws SQLException {
		WebSession liaison = session(Role.VICTIM_LIAISON);
		String file = "/participants/" + this.participant;
		String start = file + "/mandated-reports/new";
		Map<String, String> facts = Map.of("source", "VICTIM", "concerns", "NEW_VIOLENCE", "victimStatement",
				"He pushed me " + this.canary + "statement");

		HttpResponse<String> asked = liaison.submit(start, start, facts);
		assertThat(asked.body()).contains("action-OBTAIN_VICTIM_CONSENT_BEFORE_REPORTING", "501.220(a)(1)",
				"victimConsent", "compartment-warning");
		HttpResponse<String> waiting = liaison.submit(start, file + "/mandated-reports", facts);
		assertThat(waiting.statusCode()).isEqualTo(200);
		assertThat(waiting.body()).contains("501.220(a)(1): information that came from the victim is not reported");

		Map<String, String> refused = new LinkedHashMap<>(facts);
		refused.put("victimConsent", "REFUSED");
		assertThat(liaison.submit(start, file + "/mandated-reports", refused).statusCode()).isEqualTo(302);
		assertThat(reports()).isEmpty();
		assertThat(victimSide("report_withheld", "victim_consent")).containsExactly("true|REFUSED");

		Map<String, String> given = new LinkedHashMap<>(facts);
		given.put("victimConsent", "GIVEN");
		HttpResponse<String> noEffort = liaison.submit(start, file + "/mandated-reports",
				report(given, "REPORT_TO_CRIMINAL_JUSTICE_AUTHORITIES", "CJ-77"));
		assertThat(noEffort.statusCode()).isEqualTo(200);
		assertThat(noEffort.body()).contains("501.220(b): make every reasonable effort to notify the victim");
		assertThat(reports()).isEmpty();

		Map<String, String> withEffort = report(given, "REPORT_TO_CRIMINAL_JUSTICE_AUTHORITIES", "CJ-77");
		withEffort.putAll(Map.of("attempts[0].at", minutesAgo(90), "attempts[0].method", "TELEPHONE",
				"attempts[0].reached", "true", "attempts[0].said", "Said we will report " + this.canary + "said"));
		assertThat(liaison.submit(start, file + "/mandated-reports", withEffort).statusCode()).isEqualTo(302);
		assertThat(reports()).singleElement().satisfies((r) -> {
			assertThat(r.kind()).isEqualTo(ReportKind.VIOLENCE_OR_THREAT);
			// The section of the report, never (a)(1), which would name the victim as the
			// source.
			assertThat(r.section()).isEqualTo("501.220(a)");
			assertThat(r.agencyNotified().name()).isEqualTo("CRIMINAL_JUSTICE_AUTHORITIES");
			assertThat(r.victimFollowUpOutstanding()).isFalse();
		});
		assertThat(victimSide("report_withheld", "victim_consent")).containsExactlyInAnyOrder("true|REFUSED",
				"false|GIVEN");
		try (Connection owner = OwnerDatabase.connect(this.environment)) {
			assertThat(rows(owner,
					"select coalesce(statement_cipher, '') || said_cipher from victim.report_victim_side s "
							+ "join victim.report_victim_notification n on n.report_id = s.id where s.agency_id = ?"))
				.singleElement()
				.satisfies((stored) -> assertThat(stored).startsWith("test-1:").doesNotContain(this.canary));
		}
		assertNoVictimTextOutsideTheCompartment(output, liaison);
	}

	@Test
	@DisplayName("SAF-4: third-party information waits for the danger assessment, is withheld when reporting endangers, and the duty to warn overrides")
	void thirdPartyInformationAndTheDutyToWarn(CapturedOutput output) throws SQLException {
		String file = "/participants/" + this.participant;
		String start = file + "/mandated-reports/new";
		WebSession facilitator = session(Role.FACILITATOR);
		HttpResponse<String> waiting = facilitator.submit(start, file + "/mandated-reports",
				Map.of("source", "THIRD_PARTY", "concerns", "NEW_VIOLENCE"));
		assertThat(waiting.body()).contains("501.220(a)(2): information from a third party is not reported");
		assertThat(reports()).isEmpty();

		WebSession liaison = session(Role.VICTIM_LIAISON);
		assertThat(liaison.submit(start, file + "/mandated-reports",
				Map.of("source", "THIRD_PARTY", "concerns", "NEW_VIOLENCE", "jeopardyAssessment",
						"REPORTING_WOULD_ENDANGER", "assessmentNote", "Her sister fears him " + this.canary + "danger"))
			.statusCode()).isEqualTo(302);
		assertThat(reports()).isEmpty();
		assertThat(victimSide("report_withheld", "jeopardy_assessment"))
			.containsExactly("true|REPORTING_WOULD_ENDANGER");

		// The duty to warn overrides: the facilitator reports; the notice before the
		// report is the liaison's.
		HttpResponse<String> warned = facilitator.submit(start, file + "/mandated-reports",
				report(Map.of("source", "THIRD_PARTY", "concerns", "NEW_VIOLENCE", "dutyToWarnApplies", "true"),
						"REPORT_TO_CRIMINAL_JUSTICE_AUTHORITIES", "CJ-78"));
		assertThat(warned.statusCode()).as(warned.body()).isEqualTo(302);
		assertThat(reports()).singleElement().satisfies((r) -> assertThat(r.victimFollowUpOutstanding()).isTrue());
		assertThat(victimSide("report_withheld", "outstanding_steps"))
			.contains("false|NOTIFY_VICTIM_BEFORE_REPORTING@501.220(b)");
		assertNoVictimTextOutsideTheCompartment(output, facilitator, liaison);
	}

	@Test
	@DisplayName("SAF-5: a threat to someone else goes to law enforcement too, with the risk to the victim assessed and the victim notified")
	void threatToOthersIsReportedToLawEnforcement() throws SQLException {
		WebSession liaison = session(Role.VICTIM_LIAISON);
		String file = "/participants/" + this.participant;
		String start = file + "/mandated-reports/new";
		Map<String, String> facts = new LinkedHashMap<>(Map.of("source", "PARTICIPANT", "concerns",
				"THREAT_TO_HARM_OR_KILL_OTHERS", "riskToVictimAssessment", "SAFETY_COMPROMISED"));
		String steps = liaison.submit(start, start, facts).body();
		assertThat(steps).contains("action-INFORM_LAW_ENFORCEMENT_OF_THREAT_TO_OTHERS", "501.220(c)(2)(A)",
				"action-NOTIFY_VICTIM_SAFETY_COMPROMISED", "501.220(c)(2)(B)", "riskToVictimAssessment");
		facts.putAll(Map.of("reports[0].action", "REPORT_THREAT_IMMEDIATELY", "reports[0].reportedAt", minutesAgo(20),
				"reports[0].referenceNumber", "CJ-1", "reports[1].action", "INFORM_LAW_ENFORCEMENT_OF_THREAT_TO_OTHERS",
				"reports[1].reportedAt", minutesAgo(15), "reports[1].referenceNumber", "LE-2", "attempts[0].at",
				minutesAgo(10), "attempts[0].method", "IN_PERSON"));
		HttpResponse<String> recorded = liaison.submit(start, file + "/mandated-reports", facts);
		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(302);
		assertThat(reports())
			.extracting(MandatedReportView::kind, (r) -> r.agencyNotified().name(),
					MandatedReportView::victimFollowUpOutstanding)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(ReportKind.THREAT_TO_HARM_OR_KILL,
							"CRIMINAL_JUSTICE_AUTHORITIES", false),
					org.assertj.core.groups.Tuple.tuple(ReportKind.THREAT_TO_OTHERS, "LAW_ENFORCEMENT", false));
		assertThat(victimSide("risk_assessment", "follow_up_outstanding")).containsExactly("SAFETY_COMPROMISED|false");
	}

	@Test
	@DisplayName("SAF-6: contact with the victim while an order of protection is in force is reported to the authorities and the referral system")
	void victimContactUnderAnOrderIsReported() throws SQLException {
		WebSession facilitator = session(Role.FACILITATOR);
		String file = "/participants/" + this.participant;
		String start = file + "/mandated-reports/new";
		Map<String, String> facts = new LinkedHashMap<>(
				Map.of("source", "PARTICIPANT", "concerns", "VICTIM_CONTACT", "orderOfProtectionInForce", "true"));
		assertThat(facilitator.submit(start, start, facts).body()).contains(
				"action-NOTIFY_AUTHORITIES_OF_VICTIM_CONTACT_UNDER_ORDER", "501.220(d)",
				"action-NOTIFY_REFERRAL_SYSTEM_OF_ORDER_VIOLATION", "501.230(b)");
		facts.putAll(Map.of("reports[0].action", "NOTIFY_AUTHORITIES_OF_VICTIM_CONTACT_UNDER_ORDER",
				"reports[0].reportedAt", minutesAgo(20), "reports[0].referenceNumber", "OP-9", "reports[1].action",
				"NOTIFY_REFERRAL_SYSTEM_OF_ORDER_VIOLATION", "reports[1].reportedAt", minutesAgo(5),
				"reports[1].referenceNumber", "PROB-3"));
		assertThat(facilitator.submit(start, file + "/mandated-reports", facts).statusCode()).isEqualTo(302);
		assertThat(reports()).extracting(MandatedReportView::kind, MandatedReportView::section)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(ReportKind.VICTIM_CONTACT_UNDER_ORDER, "501.220(d)"),
					org.assertj.core.groups.Tuple.tuple(ReportKind.ORDER_OF_PROTECTION_VIOLATION, "501.230(b)"));
		assertThat(victimSide("outstanding_steps", "follow_up_outstanding"))
			.containsExactly("NOTIFY_VICTIM_BEFORE_REPORTING@501.220(b)|true");
	}

	@Test
	@DisplayName("SAF-7: child abuse goes to the DCFS hotline and elder abuse to the Department on Aging through the API, each logged, and counted by kind (501.170(j))")
	void childAndElderAbuseReportsThroughTheApi() {
		WebSession intake = session(Role.INTAKE_WORKER);
		String api = "/api/participants/" + this.participant + "/mandated-reports";
		HttpResponse<String> child = intake.json("POST", api,
				"""
						{"source": "PARTICIPANT", "concerns": ["CHILD_ABUSE_OR_NEGLECT"],
						 "reports": [{"action": "REPORT_TO_DCFS_HOTLINE", "reportedAt": "%s", "referenceNumber": "DCFS-123"}]}"""
					.formatted(minutesAgo(60)));
		assertThat(child.statusCode()).as(child.body()).isEqualTo(201);
		assertThat(child.body()).contains("\"DCFS_HOTLINE\"", "\"501.145\"", "\"DCFS-123\"",
				"\"CHILD_ABUSE_OR_NEGLECT\"");
		HttpResponse<String> elder = intake.json("POST", api,
				"""
						{"source": "STAFF_OBSERVATION", "concerns": ["ELDER_ABUSE_NEGLECT_OR_EXPLOITATION"],
						 "reports": [{"action": "REFER_TO_DEPARTMENT_ON_AGING", "reportedAt": "%s", "referenceNumber": "AGING-5"}]}"""
					.formatted(minutesAgo(30)));
		assertThat(elder.statusCode()).as(elder.body()).isEqualTo(201);
		assertThat(elder.body()).contains("\"DEPARTMENT_ON_AGING\"", "\"ELDER_ABUSE\"");

		HttpResponse<String> noReference = intake.json("POST", api, """
				{"source": "PARTICIPANT", "concerns": ["CHILD_ABUSE_OR_NEGLECT"],
				 "reports": [{"action": "REPORT_TO_DCFS_HOTLINE", "reportedAt": "%s"}]}""".formatted(minutesAgo(5)));
		assertThat(noReference.statusCode()).isEqualTo(400);
		assertThat(noReference.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(noReference.body()).contains("reports[0].referenceNumber",
				"Enter the reference number the agency gave.");
		HttpResponse<String> future = intake.json("POST", api, """
				{"source": "PARTICIPANT", "concerns": ["CHILD_ABUSE_OR_NEGLECT"],
				 "reports": [{"action": "REPORT_TO_DCFS_HOTLINE", "reportedAt": "%s", "referenceNumber": "X"}]}"""
			.formatted(LocalDateTime.now(ILLINOIS).plusDays(1).truncatedTo(ChronoUnit.MINUTES)));
		assertThat(future.body()).contains("reports[0].reportedAt", "cannot be in the future");
		HttpResponse<String> victimSide = intake.json("POST", api, """
				{"source": "PARTICIPANT", "concerns": ["CHILD_ABUSE_OR_NEGLECT"], "victimStatement": "x",
				 "reports": [{"action": "REPORT_TO_DCFS_HOTLINE", "reportedAt": "%s", "referenceNumber": "X"}]}"""
			.formatted(minutesAgo(5)));
		assertThat(victimSide.statusCode()).isEqualTo(400);
		assertThat(victimSide.body()).contains("Only the victim liaison records what concerns the victim");
		assertThat(intake.json("POST", api, "{\"concerns\": []}").statusCode()).isEqualTo(400);

		assertThat(intake.json("GET", api, "").body()).contains("DCFS-123", "AGING-5");
		assertThat(reports()).hasSize(2);

		LocalDate today = LocalDate.now(ILLINOIS);
		Map<ReportKind, Long> counts = SystemScope.callAs(this.agency,
				() -> this.reporting.countByKind(today.minusDays(1), today));
		assertThat(counts).containsEntry(ReportKind.CHILD_ABUSE_OR_NEGLECT, 1L)
			.containsEntry(ReportKind.ELDER_ABUSE, 1L)
			.containsEntry(ReportKind.THREAT_TO_HARM_OR_KILL, 0L)
			.hasSize(ReportKind.values().length);
		assertThat(SystemScope.callAs(this.agency,
				() -> this.reporting.countByKind(today.minusDays(30), today.minusDays(2))))
			.containsEntry(ReportKind.CHILD_ABUSE_OR_NEGLECT, 0L);
		// Another agency counts only its own.
		AgencyId other = this.fixture.newAgency();
		assertThat(SystemScope.callAs(other, () -> this.reporting.countByKind(today.minusDays(1), today)))
			.containsEntry(ReportKind.CHILD_ABUSE_OR_NEGLECT, 0L);

		// OUT-1: the 501.170(j) statistic reads these records.
		AbuseReportCounts statistic = this.context.getBean(AbuseReportCounts.class);
		assertThat(SystemScope.callAs(this.agency, () -> statistic.counts(today.minusDays(1), today)))
			.containsEntry(AbuseReportCounts.Kind.CHILD, 1L)
			.containsEntry(AbuseReportCounts.Kind.ELDER, 1L);
		assertThat(SystemScope.callAs(this.agency,
				() -> statistic.participants(AbuseReportCounts.Kind.CHILD, today.minusDays(1), today)))
			.containsExactly(this.participant);
	}

	@Test
	@DisplayName("SAF-7: a report without facts or reference number shows the field messages and saves nothing")
	void badInputShowsFieldMessages() {
		WebSession facilitator = session(Role.FACILITATOR);
		String file = "/participants/" + this.participant;
		String start = file + "/mandated-reports/new";
		HttpResponse<String> empty = facilitator.submit(start, file + "/mandated-reports", Map.of());
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(empty.body()).contains("Choose where the information came from (501.220(a)).",
				"Choose at least one thing the information is about.");
		Map<String, String> noReference = report(Map.of("source", "PARTICIPANT", "concerns", "CHILD_ABUSE_OR_NEGLECT"),
				"REPORT_TO_DCFS_HOTLINE", " ");
		HttpResponse<String> refused = facilitator.submit(start, file + "/mandated-reports", noReference);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Enter the reference number the agency gave.", "usa-form-group--error");
		assertThat(reports()).isEmpty();
	}

	@Test
	@DisplayName("SAF-1: the participant-side database role is refused the mandated reports' victim tables (permission denied)")
	void theApplicationRoleCannotReadTheReportsVictimTables() {
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		for (String table : List.of("victim.report_victim_side", "victim.report_victim_notification")) {
			assertThatThrownBy(() -> SystemScope.callAs(this.agency, () -> transaction.execute(
					(status) -> this.applicationJdbc.sql("select count(*) from " + table).query(Long.class).single())))
				.hasStackTraceContaining("permission denied for schema victim");
		}
	}

	private WebSession session(Role role) {
		WebSession session = new WebSession(this.port);
		session.signIn(this.fixture.newUser(this.agency, role));
		return session;
	}

	private static Map<String, String> report(Map<String, String> facts, String action, String reference) {
		Map<String, String> fields = new LinkedHashMap<>(facts);
		fields.put("reports[0].action", action);
		fields.put("reports[0].reportedAt", minutesAgo(45));
		fields.put("reports[0].referenceNumber", reference);
		return fields;
	}

	private static String minutesAgo(int minutes) {
		return LocalDateTime.now(ILLINOIS).minusMinutes(minutes).truncatedTo(ChronoUnit.MINUTES).toString();
	}

	private List<MandatedReportView> reports() {
		return SystemScope.callAs(this.agency, () -> this.reporting.reports(this.participant));
	}

	/** Two columns of the agency's victim-side rows, as "a|b", read as the owner. */
	private List<String> victimSide(String first, String second) throws SQLException {
		try (Connection owner = OwnerDatabase.connect(this.environment)) {
			return rows(owner, "select " + first + "::text || '|' || " + second
					+ "::text from victim.report_victim_side where agency_id = ? order by recorded_at");
		}
	}

	private List<String> rows(Connection owner, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (PreparedStatement statement = owner.prepareStatement(sql)) {
			statement.setObject(1, this.agency.value());
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					rows.add(rs.getString(1));
				}
			}
		}
		return rows;
	}

	private void assertNoVictimTextOutsideTheCompartment(CapturedOutput output, WebSession... sessions)
			throws SQLException {
		String file = "/participants/" + this.participant;
		for (WebSession session : sessions) {
			assertThat(session.get(file).body()).doesNotContain(this.canary);
			assertThat(session.get(file + "/mandated-reports").body()).doesNotContain(this.canary);
			assertThat(session.json("GET", "/api" + file + "/mandated-reports", "").body()).doesNotContain(this.canary);
		}
		try (Connection owner = OwnerDatabase.connect(this.environment)) {
			assertThat(rows(owner, "select m::text from mandated_report m where agency_id = ?"))
				.noneMatch((row) -> row.contains(this.canary));
			List<String> audit = rows(owner, "select a::text from audit_log a where agency_id = ?");
			assertThat(audit).noneMatch((row) -> row.contains(this.canary));
			assertThat(audit).anyMatch((row) -> row.contains("mandated-report"));
		}
		assertThat(output.getAll()).doesNotContain(this.canary);
	}

}
