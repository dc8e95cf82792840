package org.paipmanager.intake;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.paipmanager.AgencyFixture;
import org.paipmanager.WebSession;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.participant.Gender;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.participant.ReferralCommand;
import org.paipmanager.participant.ReferralSource;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.SystemScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PAR-3: the intake screening through its pages and API, saved step by step as a draft,
 * with the clinical steps kept from roles that may not see them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakeScreeningIntegrationTests {

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	IntakeScreenings screenings;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	private AgencyId agency;

	private AgencyFixture fixture;

	private ParticipantId participant;

	private WebSession intake;

	private String base;

	@BeforeEach
	void acceptAReferral() {
		this.fixture = AgencyFixture.in(this.context);
		this.agency = this.fixture.newAgency();
		this.participant = SystemScope.callAs(this.agency,
				() -> this.participants
					.refer(new ReferralCommand("Ray", "Screen", LocalDate.of(1980, 5, 5), Gender.MALE, false, "English",
							ReferralSource.PROBATION, "2026-DV-77", LocalDate.of(2026, 11, 2))));
		this.intake = new WebSession(this.port);
		this.intake.signIn(this.fixture.newUser(this.agency, Role.INTAKE_WORKER));
		this.base = "/participants/" + this.participant + "/screening";
	}

	@Test
	@DisplayName("PAR-3: the screening starts only once the referral is accepted (501.230(a))")
	void startsOnlyAfterTheReferralIsAccepted() {
		HttpResponse<String> refused = this.intake.submit(this.base, this.base + "/start", Map.of());
		assertThat(this.intake
			.get(refused.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
			.body()).contains("The screening starts once the referral is accepted (501.230(a)).");
		assertThat(count("intake_screening")).isZero();

		accept();
		HttpResponse<String> started = this.intake.submit(this.base, this.base + "/start", Map.of());
		assertThat(started.headers().firstValue("Location").orElseThrow()).endsWith(this.base + "/steps/1");
		assertThat(count("intake_screening")).isEqualTo(1);
	}

	@Test
	@DisplayName("PAR-3: a step with an impossible date saves nothing and says why, field by field")
	void refusesAStepWithABadAnswerAndSavesNothing() {
		accept();
		startScreening();
		Map<String, String> step = new HashMap<>(ScreeningAnswers.complete(LocalDate.of(2026, 11, 3)).get(1));
		step.put("screenedOn", "2099-01-01");
		step.put("numberOfChildren", "forty");
		HttpResponse<String> page = postStep(1, step, "save");
		assertThat(page.body()).contains("Nothing was saved. Correct these answers:")
			.contains("The screening date cannot be in the future.")
			.contains("Enter a whole number from 0 to 30.")
			// What was typed stays on the page.
			.contains("value=\"2099-01-01\"");
		assertThat(count("intake_screening_answer")).isZero();
	}

	@Test
	@DisplayName("PAR-3: each step is kept as a draft; Save and continue stops on what the step still needs")
	void keepsDraftsAndPointsAtMissingAnswers() {
		accept();
		startScreening();
		Map<String, String> partial = new HashMap<>(ScreeningAnswers.complete(LocalDate.of(2026, 11, 3)).get(1));
		partial.remove("telephone");
		HttpResponse<String> page = postStep(1, partial, "next");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Saved as a draft. This step still needs:")
			.contains("The participant&#39;s telephone number: Answer this question.");
		// The draft survives a closed browser: a new session reads it back.
		WebSession later = new WebSession(this.port);
		later.signIn(this.fixture.newUser(this.agency, Role.INTAKE_WORKER));
		assertThat(later.get(this.base + "/steps/1").body()).contains("value=\"12 Elm Street\"");
		assertThat(later.get(this.base).body()).contains("Answers missing: 1");

		HttpResponse<String> next = postStep(1, ScreeningAnswers.complete(LocalDate.of(2026, 11, 3)).get(1), "next");
		assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith(this.base + "/steps/2");
	}

	@Test
	@DisplayName("PAR-3: htmx autosave on change answers the draft status and the new version")
	void autosavesOnChange() {
		accept();
		startScreening();
		String form = this.intake.get(this.base + "/steps/2").body();
		Map<String, String> fields = new HashMap<>(Map.of("offenceDescription", "Shoved partner.", "version",
				version(form), "_csrf", WebSession.csrfToken(form)));
		HttpResponse<String> status = this.intake
			.send(HttpRequest.newBuilder(URI.create(this.intake.base() + this.base + "/steps/2"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("HX-Request", "true")
				.POST(HttpRequest.BodyPublishers.ofString(encode(fields)))
				.build());
		assertThat(status.body()).contains("id=\"draft-status\"")
			.contains("Draft saved.")
			.contains("hx-swap-oob=\"true\"");
		assertThat(status.body()).doesNotContain("<html");
		assertThat(answer("offenceDescription")).isEqualTo("Shoved partner.");
	}

	@Test
	@DisplayName("PAR-3: two people saving the same screening conflict visibly instead of overwriting")
	void conflictsOnAStaleVersion() {
		accept();
		startScreening();
		String staleForm = this.intake.get(this.base + "/steps/2").body();
		// The same worker's own autosave in between is no conflict.
		postStep(2, Map.of("offenceDescription", "Autosaved."), "save");
		Map<String, String> own = new HashMap<>(
				Map.of("offenceDescription", "Own account.", "version", version(staleForm), "action", "save"));
		assertThat(this.intake.submit(this.base + "/steps/2", this.base + "/steps/2", own).body())
			.contains("The draft was saved.");
		staleForm = this.intake.get(this.base + "/steps/2").body();
		WebSession colleague = new WebSession(this.port);
		colleague.signIn(this.fixture.newUser(this.agency, Role.INTAKE_WORKER));
		String colleagueForm = colleague.get(this.base + "/steps/2").body();
		colleague.post(this.base + "/steps/2", Map.of("offenceDescription", "First worker's account.", "version",
				version(colleagueForm), "action", "save", "_csrf", WebSession.csrfToken(colleagueForm)));
		Map<String, String> stale = new HashMap<>(Map.of("offenceDescription", "Second worker's account.", "version",
				version(staleForm), "action", "save"));
		HttpResponse<String> page = this.intake.submit(this.base + "/steps/2", this.base + "/steps/2", stale);
		assertThat(page.body()).contains("Saved by someone else").contains("Second worker&#39;s account.");
		assertThat(answer("offenceDescription")).isEqualTo("First worker's account.");
	}

	@Test
	@DisplayName("PAR-3: facilitators see neither the mental-health nor the substance-use screen")
	void keepsClinicalStepsFromOtherRoles() {
		SystemScope.callAs(this.agency, () -> {
			ScreeningAnswers.completeFor(this.screenings, this.participants, this.participant,
					LocalDate.of(2026, 11, 3));
			return null;
		});
		WebSession facilitator = new WebSession(this.port);
		facilitator.signIn(this.fixture.newUser(this.agency, Role.FACILITATOR));
		String overview = facilitator.get(this.base).body();
		assertThat(overview).contains("Identification and demographics")
			.doesNotContain("Mental-health screen")
			.doesNotContain("Substance-use screen")
			.contains("shown only to intake workers and the program director");
		assertThat(facilitator.get(this.base + "/steps/9").statusCode()).isEqualTo(404);
		assertThat(facilitator.get(this.base + "/steps/10").statusCode()).isEqualTo(404);
		String json = facilitator.get("/api/participants/" + this.participant + "/screening").body();
		assertThat(json).contains("offenceDescription").doesNotContain("substanceUse").doesNotContain("mentalHealth");

		assertThat(this.intake.get(this.base + "/steps/10").body()).contains("Nothing found.");
	}

	@Test
	@DisplayName("PAR-3: completing needs every step; a completed screening is closed and shown in the file (501.115(b)(11)(A))")
	void completesOnlyWhenWholeAndThenLocks() {
		accept();
		startScreening();
		ScreeningAnswers.complete(LocalDate.of(2026, 11, 3))
			.entrySet()
			.stream()
			.filter((step) -> step.getKey() != 7)
			.forEach((step) -> postStep(step.getKey(), step.getValue(), "save"));
		String overview = this.intake.get(this.base).body();
		this.intake.post(this.base + "/complete",
				Map.of("version", version(overview), "_csrf", WebSession.csrfToken(overview)));
		assertThat(this.intake.get(this.base).body()).contains("The screening cannot be completed yet");
		assertThat(SystemScope.callAs(this.agency, () -> this.screenings.summary(this.participant).complete()))
			.isFalse();

		postStep(7, ScreeningAnswers.complete(LocalDate.of(2026, 11, 3)).get(7), "save");
		overview = this.intake.get(this.base).body();
		this.intake.post(this.base + "/complete",
				Map.of("version", version(overview), "_csrf", WebSession.csrfToken(overview)));
		assertThat(this.intake.get(this.base).body()).contains("The screening was completed.").contains("Complete");
		assertThat(postStep(2, Map.of("offenceDescription", "Changed later."), "save").body())
			.contains("The screening is complete and closed to changes.");
		assertThat(answer("offenceDescription")).isEqualTo("Pushed his wife during an argument.");
		assertThat(this.intake.get("/participants/" + this.participant).body()).containsPattern(
				"id=\"checklist-A\">[^<]*<th scope=\"row\">A\\) Intake screening document</th>\\s*<td><span class=\"usa-tag bg-green\">In the file</span>");
	}

	@Test
	@DisplayName("PAR-3/PAR-5: the eligibility form starts from the screening; no decision before it is complete (501.115(a)(2))")
	void eligibilityReadsTheCompletedScreening() {
		accept();
		String eligibility = "/participants/" + this.participant + "/eligibility";
		assertThat(this.intake.get(eligibility).body()).contains("Complete the screening first.")
			.doesNotContain("name=\"identifiedAsVictim\"");
		SystemScope.callAs(this.agency, () -> {
			long version = this.screenings.start(this.participant).version();
			for (var step : ScreeningAnswers.complete(LocalDate.of(2026, 11, 3)).entrySet()) {
				Map<String, String> answers = new HashMap<>(step.getValue());
				if (step.getKey() == 4) {
					answers.put("primaryAggressor", "PARTNER");
				}
				version = this.screenings.saveStep(this.participant, step.getKey(), version, answers).version();
			}
			this.screenings.complete(this.participant, version);
			return null;
		});
		assertThat(this.intake.get(eligibility).body()).containsPattern(
				"type=\"checkbox\" id=\"identifiedAsVictim1\" name=\"identifiedAsVictim\" value=\"true\" checked=\"checked\"");
	}

	@Test
	@DisplayName("PAR-3: the API saves a step and answers problem+json per question when refused")
	void worksThroughTheApi() {
		accept();
		String api = "/api/participants/" + this.participant + "/screening";
		HttpResponse<String> started = this.intake.json("POST", api, "");
		assertThat(started.statusCode()).isEqualTo(200);
		HttpResponse<String> refused = this.intake.json("PUT", api + "/steps/1",
				"{\"version\":0,\"answers\":{\"screenedOn\":\"2099-01-01\"}}");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
		assertThat(refused.body()).contains("\"field\":\"screenedOn\"").contains("cannot be in the future");
		HttpResponse<String> saved = this.intake.json("PUT", api + "/steps/1",
				"{\"version\":0,\"answers\":{\"screenedOn\":\"2026-11-03\",\"address\":\"12 Elm Street\"}}");
		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(saved.body()).contains("\"version\":1").contains("telephone");
		WebSession colleague = new WebSession(this.port);
		colleague.signIn(this.fixture.newUser(this.agency, Role.INTAKE_WORKER));
		HttpResponse<String> stale = colleague.json("PUT", api + "/steps/1", "{\"version\":0,\"answers\":{}}");
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Edit conflict");
	}

	private void accept() {
		SystemScope.callAs(this.agency, () -> {
			this.participants.placeAtStage(this.participant, ProgramStage.SCREENING, LocalDate.of(2026, 11, 2));
			return null;
		});
	}

	private void startScreening() {
		this.intake.submit(this.base, this.base + "/start", Map.of());
	}

	private HttpResponse<String> postStep(int step, Map<String, String> answers, String action) {
		String form = this.intake.get(this.base + "/steps/" + step).body();
		Map<String, String> fields = new HashMap<>(answers);
		fields.put("version", version(form));
		fields.put("action", action);
		fields.put("_csrf", WebSession.csrfToken(form));
		return this.intake.post(this.base + "/steps/" + step, fields);
	}

	private String answer(String code) {
		return SystemScope.callAs(this.agency, () -> this.screenings.find(this.participant).orElseThrow().answer(code));
	}

	private long count(String table) {
		// Row-level security scopes a query to the agency inside a transaction only.
		return SystemScope.callAs(this.agency, () -> new TransactionTemplate(this.transactionManager)
			.execute((status) -> this.jdbc.sql("select count(*) from " + table).query(Long.class).single()));
	}

	private static String version(String page) {
		Matcher matcher = VERSION.matcher(page);
		assertThat(matcher.find()).as("version on the page").isTrue();
		return matcher.group(1);
	}

	private static String encode(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((e) -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8) + "="
					+ java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
			.collect(java.util.stream.Collectors.joining("&"));
	}

}
