package org.paipmanager.victimcontact;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.paipmanager.AgencyFixture;
import org.paipmanager.ExportText;
import org.paipmanager.MappedRoutes;
import org.paipmanager.AgencyFixture.StaffUser;
import org.paipmanager.OwnerDatabase;
import org.paipmanager.WebSession;
import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.PartnerAgencyCategory;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.StaffId;
import org.paipmanager.shared.SystemScope;
import org.paipmanager.staff.LicenceCommand;
import org.paipmanager.staff.StaffManagement;
import org.paipmanager.staff.StaffProfileCommand;
import org.paipmanager.system.security.TotpCodes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The canary test of the compartment: a victim's name, address, phone, instructions,
 * statements and notes, and a mandated report's victim side (statement, assessment, what
 * she was told), and a service-planning meeting (place, interpreter language, summary,
 * her review, an action item, a forwarded gap), carry unique strings, entered through the
 * liaison's pages; then every role that may not enter requests every GET route of the
 * running application, page and JSON, and none of the strings may appear in any answer,
 * in the log output or in the audit log. Victim pages refuse those roles. Binary answers
 * are read as a person would read them ({@link ExportText}: PDF text, XLSX cells, each
 * entry of a ZIP packet); every export format (CSV, JSON, XLSX, PDF, ZIP) is fetched one
 * by one, with a desk review packet built for the purpose; error pages (404, 403, 400,
 * the 500 handler's page), refused form and JSON writes to every changing route with a
 * victim-side id in the path, a stale correction's conflict page, and the emails the
 * application sends (staff reminders, caught by GreenMail) carry none of them either.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class VictimCanaryLeakIntegrationTests {

	private static final Set<Role> OUTSIDERS = Set.of(Role.INTAKE_WORKER, Role.FACILITATOR, Role.ADMINISTRATOR,
			Role.DEPARTMENT_MONITOR, Role.REFERRAL_SOURCE_VIEWER);

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Environment environment;

	@Test
	@DisplayName("SAF-1: no role outside the compartment finds a trace of a victim in any page, API answer, log line or audit row")
	void noVictimDetailReachesAnyParticipantSideOutput(CapturedOutput output) throws Exception {
		String canary = "CANARY" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		ParticipantId participant = VictimFixture.in(this.context).participant(agency, "Leakcheck");

		// The liaison records the victim, a call and a notice through the pages.
		WebSession liaison = new WebSession(this.port);
		liaison.signIn(fixture.newUser(agency, Role.VICTIM_LIAISON));
		String page = "/victim/participants/" + participant;
		HttpResponse<String> added = liaison.submit(page, page + "/records",
				Map.of("name", "Vera " + canary + "name", "relationship", "CURRENT_PARTNER", "address",
						canary + "addr 7 Oak Lane", "phone", "555-" + canary + "phone", "safeContactInstructions",
						"Text first " + canary + "safe", "orderOfProtection", "true", "orderOfProtectionExpiresOn",
						"2027-06-30"));
		assertThat(added.statusCode()).isEqualTo(302);
		String recordPath = added.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		UUID victim = UUID.fromString(recordPath.substring("/victim/records/".length()));
		HttpResponse<String> call = liaison.submit(recordPath, recordPath + "/contacts",
				Map.of("occurredAt", "2026-11-02T10:15", "kind", "PHONE_CALL", "direction", "FROM_VICTIM", "summary",
						"He threatened me again " + canary + "summary", "safetyChecked", "true",
						"victimServicesOffered", "true"));
		assertThat(call.statusCode()).as(call.body()).isEqualTo(302);
		assertThat(liaison
			.submit(recordPath, recordPath + "/notices", Map.of("givenOn", "2026-11-03", "topic", "ATTENDANCE",
					"channel", "TELEPHONE", "note", "Told her " + canary + "notice"))
			.statusCode()).isEqualTo(302);
		// A mandated report with a victim side: her statement, the assessment and what
		// she
		// was told before the report (SAF-4, 501.220(a)(1), (b)).
		String file = "/participants/" + participant;
		Map<String, String> report = new LinkedHashMap<>();
		report.put("source", "VICTIM");
		report.put("concerns", "NEW_VIOLENCE");
		report.put("victimConsent", "GIVEN");
		report.put("victimStatement", "He hit me on Sunday " + canary + "reportstatement");
		report.put("assessmentNote", "She fears retaliation " + canary + "reportnote");
		report.put("attempts[0].at", "2026-11-02T09:00");
		report.put("attempts[0].method", "TELEPHONE");
		report.put("attempts[0].reached", "true");
		report.put("attempts[0].said", "Told her we report today " + canary + "reportsaid");
		report.put("reports[0].action", "REPORT_TO_CRIMINAL_JUSTICE_AUTHORITIES");
		report.put("reports[0].reportedAt", "2026-11-02T11:00");
		report.put("reports[0].referenceNumber", "CJ-2026-17");
		HttpResponse<String> reported = liaison.submit(file + "/mandated-reports/new", file + "/mandated-reports",
				report);
		assertThat(reported.statusCode()).as(reported.body()).isEqualTo(302);
		Matcher eventMatch = Pattern.compile("\"eventId\":\"([0-9a-f-]{36})\"")
			.matcher(liaison.json("GET", "/api" + file + "/mandated-reports", "").body());
		assertThat(eventMatch.find()).isTrue();
		String event = eventMatch.group(1);
		assertThat(liaison.get(file + "/mandated-reports/" + event + "/follow-up").body())
			.contains(canary + "reportstatement", canary + "reportnote", canary + "reportsaid");
		String compartment = liaison.get(recordPath).body();
		assertThat(compartment).contains(canary + "addr", canary + "phone", canary + "summary", canary + "notice");
		// The liaison's participant file shows a link into the compartment, never its
		// content.
		String liaisonFile = liaison.get("/participants/" + participant).body();
		assertThat(liaisonFile).contains("/victim/participants/" + participant).doesNotContain(canary);

		// A service-planning meeting about her (COO-3): consent, interpreter language,
		// invitation, summary sent and reviewed with her, an action item and a forwarded
		// gap.
		UUID partnerAgency = SystemScope.callAs(agency,
				() -> this.context.getBean(AgencyManagement.class)
					.addPartnerAgency("Canary Shelter", PartnerAgencyCategory.DOMESTIC_VIOLENCE_VICTIM_SERVICES,
							"(217) 555-0101", "Cook", true));
		String meetings = recordPath + "/meetings";
		assertThat(liaison
			.submit(meetings, recordPath + "/planning-consents",
					Map.of("partnerAgencyId", partnerAgency.toString(), "releaseInformation", "true",
							"receiveInformation", "true", "form", "APPENDIX_16", "signedOn", "2026-11-01"))
			.statusCode()).isEqualTo(302);
		Map<String, String> schedule = new LinkedHashMap<>();
		schedule.put("trigger", "VICTIM_REQUEST");
		schedule.put("ground", "HIGH_RISK");
		schedule.put("processExplained", "true");
		schedule.put("permissionGivenOn", "2026-11-01");
		schedule.put("chairName", "Grace Holloway");
		schedule.put("scheduledAt", "2026-11-05T10:00");
		schedule.put("format", "IN_PERSON");
		schedule.put("place", "Back room " + canary + "place");
		schedule.put("victimParticipation", "WILL_NOT_ATTEND");
		schedule.put("interpreter", "SPOKEN_LANGUAGE");
		schedule.put("interpreterLanguage", "Tigrinya " + canary + "language");
		schedule.put("interpreterArrangements", "Booked " + canary + "interpreter");
		HttpResponse<String> scheduled = liaison.submit(meetings + "/new", meetings, schedule);
		assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(302);
		String meetingPath = scheduled.headers()
			.firstValue("Location")
			.orElseThrow()
			.replaceFirst("^https?://[^/]+", "");
		String meeting = meetingPath.substring("/victim/meetings/".length());
		assertThat(liaison
			.submit(meetingPath, meetingPath + "/invitations",
					Map.of("partnerAgencyId", partnerAgency.toString(), "representativeName",
							"Ann " + canary + "representative", "consentSentOn", "2026-11-03", "consentSentBy", "FAX"))
			.statusCode()).isEqualTo(302);
		Matcher invitationMatch = Pattern.compile("name=\"attendedInvitations\" value=\"([0-9a-f-]{36})\"")
			.matcher(liaison.get(meetingPath).body());
		assertThat(invitationMatch.find()).isTrue();
		String invitation = invitationMatch.group(1);
		assertThat(liaison.submit(meetingPath, meetingPath + "/summary",
				Map.of("version", "0", "attendedInvitations", invitation, "decisions",
						"She moves " + canary + "decision", "commitments", "Shelter calls " + canary + "commitment"))
			.statusCode()).isEqualTo(302);
		assertThat(liaison
			.submit(meetingPath, meetingPath + "/distributions",
					Map.of("recipients", invitation, "distributedOn", "2026-11-06", "distributionMethod",
							"SECURE_EMAIL"))
			.statusCode()).isEqualTo(302);
		assertThat(liaison
			.submit(meetingPath, meetingPath + "/victim-review", Map.of("version", "1", "reviewedOn", "2026-11-07",
					"reviewMethod", "TELEPHONE", "victimResponse", "She agrees " + canary + "review"))
			.statusCode()).isEqualTo(302);
		assertThat(liaison
			.submit(meetingPath, meetingPath + "/action-items",
					Map.of("ownerName", "Rosa Diaz", "actionDescription", "Court with her " + canary + "action",
							"dueOn", "2026-11-20"))
			.statusCode()).isEqualTo(302);
		assertThat(liaison.submit(meetingPath, meetingPath + "/forwarded-issues",
				Map.of("issueKind", "SERVICE_GAP", "issueDescription", "No interpreter " + canary + "gap", "unresolved",
						"true", "committeeChair", "Chair of the Protocol Committee", "forwardedOn", "2026-11-07",
						"forwardMethod", "MAIL"))
			.statusCode()).isEqualTo(302);
		assertThat(liaison.get(meetingPath).body()).contains(canary + "place", canary + "language",
				canary + "representative", canary + "interpreter", canary + "decision", canary + "commitment",
				canary + "review", canary + "action", canary + "gap");

		List<String> ids = List.of(participant.toString(), victim.toString(), event, meeting, invitation);
		List<String> routes = MappedRoutes.get(this.context);
		assertThat(routes).hasSizeGreaterThan(40)
			.contains("/participants/{id}", "/victim/participants/{id}", "/victim/records/{recordId}",
					"/participants/{id}/mandated-reports/{eventId}/follow-up", "/victim/meetings/{meetingId}",
					"/api/victim/meetings/{meetingId}");

		for (Role role : OUTSIDERS) {
			WebSession session = new WebSession(this.port);
			session.signIn(fixture.newUser(agency, role));
			for (String path : fill(routes, ids)) {
				HttpResponse<byte[]> answer = open(session, path);
				assertThat(ExportText.of(answer.body())).as("%s GET %s", role, path).doesNotContain(canary);
				if (path.startsWith("/victim/") || path.startsWith("/api/victim/")) {
					assertThat(answer.statusCode()).as("%s GET %s", role, path).isIn(403, 404);
				}
			}
			assertThat(session.get("/participants/" + participant).body()).as(role.name())
				.doesNotContain("/victim/")
				.doesNotContain("victim-compartment-section");
		}

		// The director without step-up: every route, and the compartment sends to the
		// step-up page instead of opening.
		StaffUser directorUser = fixture.newUser(agency, Role.PROGRAM_DIRECTOR);
		WebSession director = new WebSession(this.port);
		director.signIn(directorUser);
		for (String path : fill(routes, ids)) {
			HttpResponse<byte[]> answer = open(director, path);
			assertThat(ExportText.of(answer.body())).as("director GET %s", path).doesNotContain(canary);
			if (path.startsWith("/victim/")) {
				assertThat(answer.statusCode()).as("director GET %s", path).isIn(302, 403, 404);
				answer.headers()
					.firstValue("Location")
					.ifPresent((location) -> assertThat(location).contains("/account/step-up"));
			}
		}
		assertThat(director.get(page).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).contains("/account/step-up?continue=" + page));
		HttpResponse<String> write = director.post(recordPath + "/notices", Map.of("givenOn", "2026-11-04", "topic",
				"PROGRESS", "channel", "MAIL", "_csrf", WebSession.csrfToken(director.get("/").body())));
		assertThat(write.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).contains("/account/step-up?continue=" + recordPath));

		// A wrong code does not open it; the current code does, for this session.
		assertThat(director
			.submit("/account/step-up?continue=" + page, "/account/step-up", Map.of("code", "000000", "continue", page))
			.body()).contains("That code is not right");
		HttpResponse<String> steppedUp = director.submit("/account/step-up?continue=" + page, "/account/step-up", Map
			.of("code", TotpCodes.forStep(directorUser.totpSecret(), TotpCodes.currentStep() + 1), "continue", page));
		assertThat(steppedUp.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith(page));
		assertThat(director.get(page).body()).contains("Vera " + canary + "name");
		assertThat(director.get(recordPath).body()).contains(canary + "summary");

		// Error pages, refused writes naming a victim-side id, every export format read
		// inside out (CSV, JSON, XLSX cells, PDF text, each entry of a ZIP packet) and
		// the emails the application sends: no canary either.
		List<String> victimSide = List.of(victim.toString(), event, meeting, invitation);
		List<String> writes = changingRoutes();
		assertThat(writes).hasSizeGreaterThan(40).contains("/victim/records/{recordId}/contacts");
		StaffUser monitorUser = fixture.newUser(agency, Role.DEPARTMENT_MONITOR);
		HttpResponse<String> packet = director.submit("/review-packets", "/review-packets", Map.of("monitorUsername",
				monitorUser.username(), "from", "2026-01-01", "to", LocalDate.now().toString()));
		assertThat(packet.statusCode()).as(packet.body()).isEqualTo(302);
		String packetPath = packet.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		WebSession monitor = new WebSession(this.port);
		monitor.signIn(monitorUser);
		List<String> exports = new ArrayList<>(
				List.of(packetPath + "/packet.pdf", packetPath + "/packet.zip", "/agency/directory/hsds.json",
						"/api/partner-agencies/hsds", "/participants/" + participant + "/contract"));
		for (String format : List.of("csv", "json", "xlsx")) {
			exports.add("/statistics/export?format=" + format + "&from=2026-01-01&to=" + LocalDate.now());
			exports.add("/statistics/regional/export?format=" + format + "&from=2026-01-01&to=" + LocalDate.now());
		}
		Map<String, WebSession> outsiders = new LinkedHashMap<>();
		// Bulk exports open only after a fresh step-up (ASVS 7.5.3): every caller who
		// can takes one, so the exports are read, not the step-up page. A director's
		// step-up opens the compartment too, so another director reads the exports;
		// the director without step-up asks for the error pages and writes.
		WebSession plainDirector = new WebSession(this.port);
		plainDirector.signIn(fixture.newUser(agency, Role.PROGRAM_DIRECTOR));
		WebSession steppedUpDirector = new WebSession(this.port);
		steppedUpDirector.signIn(fixture.newUser(agency, Role.PROGRAM_DIRECTOR));
		steppedUpDirector.stepUp();
		monitor.stepUp();
		outsiders.put("director", plainDirector);
		outsiders.put("monitor", monitor);
		for (Role role : OUTSIDERS) {
			WebSession session = new WebSession(this.port);
			session.signIn(fixture.newUser(agency, role));
			if (role != Role.REFERRAL_SOURCE_VIEWER) {
				session.stepUp();
			}
			outsiders.put(role.name(), session);
		}
		int formats = 0;
		for (Map.Entry<String, WebSession> outsider : outsiders.entrySet()) {
			WebSession session = outsider.getValue();
			WebSession exporting = "director".equals(outsider.getKey()) ? steppedUpDirector : session;
			for (String path : exports) {
				HttpResponse<byte[]> answer = open(exporting, path);
				String text = ExportText.of(answer.body());
				assertThat(text).as("%s GET %s", outsider.getKey(), path).doesNotContain(canary);
				formats += (answer.statusCode() == 200 && !text.isEmpty()) ? 1 : 0;
			}
			for (String id : victimSide) {
				for (String path : List.of("/no-such-page/" + id, "/participants/" + id, "/api/participants/" + id,
						"/participants/" + id + "x", "/api/victim/meetings/" + id + "x", "/error", "/error?id=" + id)) {
					assertThat(ExportText.of(open(session, path).body())).as("%s GET %s", outsider.getKey(), path)
						.doesNotContain(canary);
				}
				if (!Set.of("director", "monitor", Role.INTAKE_WORKER.name()).contains(outsider.getKey())) {
					continue;
				}
				String csrf = WebSession.csrfToken(session.get("/").body());
				for (String route : writes) {
					String path = route.replaceAll("\\{[^}]+}", id);
					HttpResponse<String> form = session.post(path,
							Map.of("_csrf", csrf, "recordId", id, "version", "0"));
					assertThat(form.body()).as("%s POST %s", outsider.getKey(), path).doesNotContain(canary);
					HttpResponse<String> json = session.send(HttpRequest.newBuilder(URI.create(session.base() + path))
						.header("Content-Type", "application/json")
						.header("Accept", "application/problem+json, application/json")
						.header("X-CSRF-TOKEN", csrf)
						.POST(HttpRequest.BodyPublishers.ofString("{\"recordId\":\"" + id + "\",\"version\":0}"))
						.build());
					assertThat(json.body()).as("%s POST JSON %s", outsider.getKey(), path).doesNotContain(canary);
				}
			}
		}
		// A stale correction of the participant's details: the conflict shows his details
		// as they now stand, never hers.
		ParticipantDetails before = SystemScope.callAs(agency,
				() -> this.context.getBean(ParticipantManagement.class).get(participant));
		WebSession intake = outsiders.get(Role.INTAKE_WORKER.name());
		String details = "/participants/" + participant + "/details";
		Map<String, String> correction = new LinkedHashMap<>(Map.of("version", String.valueOf(before.version()),
				"firstName", before.firstName(), "lastName", before.lastName(), "dateOfBirth",
				before.dateOfBirth().toString(), "preferredLanguage", "English", "caseNumber", "2026-CF-0101"));
		assertThat(intake.submit(details, details, correction).statusCode()).isEqualTo(302);
		correction.put("caseNumber", "2026-CF-0102");
		HttpResponse<String> stale = intake.submit(details, details, correction);
		assertThat(stale.body()).contains("Someone else changed these details").doesNotContain(canary);
		assertThat(formats).as("exports read").isGreaterThanOrEqualTo(2 * 7);
		assertThat(emails(agency, canary)).isPositive();

		// Nothing in the log output or the audit log; the audit names records and counts.
		assertThat(output.getAll()).doesNotContain(canary);
		try (Connection owner = OwnerDatabase.connect(this.environment)) {
			List<String> audit = rows(owner, "select a::text from audit_log a where agency_id = ?", agency.value());
			assertThat(audit).noneMatch((row) -> row.contains(canary));
			assertThat(audit).anyMatch((row) -> row.contains("victim-record") && row.contains(victim.toString()));
			assertThat(audit).anyMatch((row) -> row.contains("victim-contact"));
			assertThat(audit).anyMatch((row) -> row.contains("victim-notice"));
			assertThat(audit).anyMatch((row) -> row.contains("mandated-report-victim-side") && row.contains(event));
			assertThat(audit).anyMatch((row) -> row.contains("victim-meeting") && row.contains(meeting));
			assertThat(rows(owner, "select encode(attribute_bytes, 'escape') from spring_session_attributes", null))
				.noneMatch((row) -> row.contains(canary));
		}
	}

	/** GETs the path as a browser would, or as an API client for API paths, as bytes. */
	private static HttpResponse<byte[]> open(WebSession session, String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(session.base() + path)).GET();
		if (path.startsWith("/api/") || path.startsWith("/v3/")) {
			request.header("Accept", "application/json");
		}
		try {
			return HTTP.send(
					request.header("Cookie", "PAIPSESSION=" + session.cookie("PAIPSESSION").orElse("")).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Every POST, PUT, PATCH and DELETE route with a path variable. */
	private List<String> changingRoutes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingHandlerMapping mapping : this.context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
					info.getPatternValues()
						.stream()
						.filter((pattern) -> pattern.contains("{") && !pattern.contains("*"))
						.forEach(routes::add);
				}
			}
		}
		return new ArrayList<>(routes);
	}

	/**
	 * Runs the staff compliance reminders of the agency (the emails the application
	 * sends) into a GreenMail server; the canary is in none of them, text or headers.
	 * Returns how many were sent.
	 */
	private int emails(AgencyId agency, String canary) throws Exception {
		GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		JavaMailSenderImpl sender = this.context.getBean(JavaMailSenderImpl.class);
		int port = sender.getPort();
		try {
			sender.setPort(smtp.getSmtp().getPort());
			StaffManagement staff = this.context.getBean(StaffManagement.class);
			SystemScope.callAs(agency, () -> {
				StaffId due = staff.register(new StaffProfileCommand("Rene", "Reminded", "reminded@example.org", null,
						"Staff", LocalDate.of(2020, 1, 6), false, false, null, null, null));
				staff.addLicence(due, new LicenceCommand("Certified Alcohol and Drug Counselor", "CADC-9", null,
						LocalDate.now().plusDays(5)));
				return null;
			});
			// The staff module's reminder service is package-private: reached by its
			// bean.
			Object reminders = this.context.getBean("complianceReminders");
			java.lang.reflect.Method sendDue = reminders.getClass().getMethod("sendDue", LocalDate.class);
			sendDue.setAccessible(true);
			SystemScope.callAs(agency, () -> {
				try {
					return sendDue.invoke(reminders, LocalDate.now());
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
			});
			MimeMessage[] sent = smtp.getReceivedMessages();
			for (MimeMessage message : sent) {
				ByteArrayOutputStream raw = new ByteArrayOutputStream();
				message.writeTo(raw);
				assertThat(raw.toString(StandardCharsets.UTF_8) + GreenMailUtil.getBody(message))
					.as(message.getSubject())
					.doesNotContain(canary);
			}
			return sent.length;
		}
		finally {
			sender.setPort(port);
			smtp.stop();
		}
	}

	/** Each route with its path variables filled by each of the fixture's ids. */
	private static List<String> fill(List<String> routes, List<String> ids) {
		Map<String, Boolean> paths = new LinkedHashMap<>();
		for (String route : routes) {
			if (!route.contains("{")) {
				paths.put(route, true);
				continue;
			}
			for (String id : ids) {
				paths.put(route.replaceAll("\\{[^}]+}", id), true);
			}
		}
		return new ArrayList<>(paths.keySet());
	}

	private static List<String> rows(Connection owner, String sql, UUID parameter) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (PreparedStatement statement = owner.prepareStatement(sql)) {
			if (parameter != null) {
				statement.setObject(1, parameter);
			}
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					rows.add(rs.getString(1));
				}
			}
		}
		return rows;
	}

}
