package org.paipmanager.participant;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.WebSession;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.SystemScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrent edits conflict visibly instead of overwriting (issue 9, item 4): many users
 * correcting one participant from the same version, released together.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentCorrectionIntegrationTests {

	private static final int EDITORS = 50;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ParticipantManagement participants;

	@Test
	@DisplayName("Concurrency: 50 editors released together on one version: exactly one correction wins, 49 get 409, nothing is lost")
	void exactlyOneWinsPerVersion() throws Exception {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		ParticipantId id = fixture.enrolledParticipant(agency, "Casey", Gender.MALE, LocalDate.now().minusMonths(1));
		ParticipantDetails before = SystemScope.callAs(agency, () -> this.participants.get(id));
		WebSession intake = new WebSession(this.port);
		intake.signIn(fixture.newUser(agency, Role.INTAKE_WORKER));
		String token = WebSession.csrfToken(intake.get("/").body());

		CountDownLatch ready = new CountDownLatch(EDITORS);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
		List<Future<HttpResponse<String>>> answers = new ArrayList<>();
		for (int editor = 0; editor < EDITORS; editor++) {
			String caseNumber = "2026-CF-" + (1000 + editor);
			String body = """
					{"version":%d,"firstName":"Casey","lastName":"%s","dateOfBirth":"%s","preferredLanguage":"English",
					 "caseNumber":"%s"}""".formatted(before.version(), before.lastName(), before.dateOfBirth(),
					caseNumber);
			HttpRequest request = HttpRequest.newBuilder(URI.create(intake.base() + "/api/participants/" + id))
				.header("Accept", "application/json")
				.header("Content-Type", "application/json")
				.header("X-CSRF-TOKEN", token)
				.PUT(HttpRequest.BodyPublishers.ofString(body))
				.build();
			answers.add(pool.submit(() -> {
				ready.countDown();
				go.await();
				return intake.send(request);
			}));
		}
		assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
		go.countDown();
		List<HttpResponse<String>> responses = new ArrayList<>();
		for (Future<HttpResponse<String>> answer : answers) {
			responses.add(answer.get(60, TimeUnit.SECONDS));
		}
		pool.shutdown();

		List<HttpResponse<String>> won = responses.stream().filter((r) -> r.statusCode() == 200).toList();
		assertThat(won).hasSize(1);
		assertThat(responses.stream().filter((r) -> r.statusCode() == 409)).hasSize(EDITORS - 1);
		assertThat(responses.stream().filter((r) -> r.statusCode() == 409))
			.allSatisfy((r) -> assertThat(r.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json")));
		// The stored case number is the winner's; its version moved on by exactly one.
		ParticipantDetails after = SystemScope.callAs(agency, () -> this.participants.get(id));
		assertThat(won.get(0).body()).contains("\"caseNumber\":\"" + after.caseNumber() + "\"");
		assertThat(after.version()).isEqualTo(before.version() + 1);
	}

	@Test
	@DisplayName("Concurrency: a correction made on a stale page shows the conflict and the details as they now stand; the earlier correction stays")
	void aStalePageConflictsVisibly() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		ParticipantId id = fixture.enrolledParticipant(agency, "Robin", Gender.MALE, LocalDate.now().minusMonths(1));
		ParticipantDetails before = SystemScope.callAs(agency, () -> this.participants.get(id));
		WebSession intake = new WebSession(this.port);
		intake.signIn(fixture.newUser(agency, Role.INTAKE_WORKER));
		String page = "/participants/" + id + "/details";
		assertThat(intake.get("/participants/" + id).body()).contains("Correct details");
		java.util.Map<String, String> form = new java.util.HashMap<>(java.util.Map.of("version",
				String.valueOf(before.version()), "firstName", "Robin", "lastName", before.lastName(), "dateOfBirth",
				before.dateOfBirth().toString(), "preferredLanguage", "English", "caseNumber", "2026-CF-0001"));
		assertThat(intake.submit(page, page, form).statusCode()).isEqualTo(302);

		form.put("caseNumber", "2026-CF-0002");
		HttpResponse<String> stale = intake.submit(page, page, form);
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.body()).contains("Someone else changed these details while you were editing.")
			.contains("value=\"2026-CF-0001\"")
			.contains("name=\"version\" value=\"" + (before.version() + 1) + "\"");
		assertThat(SystemScope.callAs(agency, () -> this.participants.get(id)).caseNumber()).isEqualTo("2026-CF-0001");

		// A facilitator may read the file but not correct it.
		WebSession facilitator = new WebSession(this.port);
		facilitator.signIn(fixture.newUser(agency, Role.FACILITATOR));
		assertThat(facilitator.get(page).statusCode()).isEqualTo(403);
	}

}
