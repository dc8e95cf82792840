package org.paipmanager.system.web;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.WebSession;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.StaffId;
import org.paipmanager.shared.SystemScope;
import org.paipmanager.staff.StaffManagement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProblemDetailsIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	StaffManagement staff;

	private AgencyId agency;

	private WebSession session;

	private String csrf;

	@BeforeEach
	void signIn() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		this.agency = fixture.newAgency();
		this.session = new WebSession(this.port);
		this.session.signIn(fixture.newUser(this.agency, Role.ADMINISTRATOR));
		Matcher matcher = CSRF.matcher(this.session.get("/staff/new").body());
		assertThat(matcher.find()).isTrue();
		this.csrf = matcher.group(1);
	}

	@Test
	void answersInvalidFieldsWithProblemJsonAndSavesNothing() {
		int before = staffCount();
		HttpResponse<String> response = json("POST", "/api/staff",
				"{\"firstName\":\"\",\"lastName\":\"Valid\",\"jobTitle\":\"Facilitator\",\"hireDate\":\"2999-01-01\"}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"field\":\"firstName\"")
			.contains("This field is required.")
			.contains("\"field\":\"hireDate\"")
			.contains("This date cannot be in the future.");
		assertThat(staffCount()).isEqualTo(before);
	}

	@Test
	void answersMalformedJsonWithProblemJson() {
		HttpResponse<String> response = json("POST", "/api/staff", "{\"firstName\": ");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void answersUnknownRecordsRoutesAndBadIdsWithProblemJson() {
		for (String path : new String[] { "/api/staff/" + UUID.randomUUID(), "/api/staff/not-a-uuid",
				"/api/no-such-route" }) {
			HttpResponse<String> response = json("GET", path, null);
			assertThat(response.statusCode()).as(path).isIn(400, 404);
			assertThat(response.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.body()).doesNotContain("Exception");
		}
	}

	@Test
	void answersUnauthenticatedApiCallsWith401ProblemJson() {
		HttpResponse<String> response = new WebSession(this.port).get("/api/staff");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void answersAStaleVersionWith409() {
		StaffId id = AgencyFixture.in(this.context).newStaffMember(this.agency, "Stale", "Version");
		String body = "{\"firstName\":\"Stale\",\"lastName\":\"Renamed\",\"jobTitle\":\"Facilitator\",\"hireDate\":\"2020-01-06\",\"version\":%d}";
		assertThat(json("PUT", "/api/staff/" + id, body.formatted(0)).statusCode()).isEqualTo(200);
		HttpResponse<String> stale = json("PUT", "/api/staff/" + id, body.formatted(0));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void showsAPlainErrorPageWithoutStackTraceForPages() {
		HttpResponse<String> response = this.session.get("/staff/" + UUID.randomUUID());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("We could not find that page or record.")
			.doesNotContain("Exception")
			.doesNotContain("at org.");
	}

	private HttpResponse<String> json(String method, String path, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.session.base() + path))
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", this.csrf);
		request.method(method,
				(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		return this.session.send(request.build());
	}

	private int staffCount() {
		return SystemScope.callAs(this.agency, () -> this.staff.list().size());
	}

}
