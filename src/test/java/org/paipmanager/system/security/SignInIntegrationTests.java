package org.paipmanager.system.security;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.AgencyFixture.StaffUser;
import org.paipmanager.OwnerDatabase;
import org.paipmanager.WebSession;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Environment environment;

	private AgencyFixture fixture;

	private AgencyId agency;

	@BeforeEach
	void createAgency() {
		this.fixture = AgencyFixture.in(this.context);
		this.agency = this.fixture.newAgency();
	}

	@Test
	void signsInWithPasswordAndTotpCodeAndRotatesTheSessionIdAtEachStage() {
		StaffUser user = this.fixture.newUser(this.agency, Role.PROGRAM_DIRECTOR);
		WebSession browser = new WebSession(this.port);
		browser.get("/login");
		String anonymous = browser.cookie("PAIPSESSION").orElseThrow();

		HttpResponse<String> password = browser.signInWithPassword(user.username(), user.password());
		assertThat(password.statusCode()).isEqualTo(302);
		assertThat(password.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login/totp"));
		String afterPassword = browser.cookie("PAIPSESSION").orElseThrow();
		assertThat(afterPassword).isNotEqualTo(anonymous);

		// Between the two factors nothing but the code page opens.
		HttpResponse<String> early = browser.get("/staff");
		assertThat(early.statusCode()).isEqualTo(302);
		assertThat(early.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login/totp"));

		HttpResponse<String> code = browser.submitCode(TotpCodes.current(user.totpSecret()));
		assertThat(code.statusCode()).isEqualTo(302);
		assertThat(browser.cookie("PAIPSESSION").orElseThrow()).isNotEqualTo(afterPassword);
		HttpResponse<String> staff = browser.get("/staff");
		assertThat(staff.statusCode()).isEqualTo(200);
		assertThat(staff.body()).contains("Avery");
	}

	@Test
	void refusesAWrongCodeAndAReusedCode() {
		StaffUser user = this.fixture.newUser(this.agency, Role.INTAKE_WORKER);
		WebSession first = new WebSession(this.port);
		first.signInWithPassword(user.username(), user.password());
		assertThat(first.submitCode("000000").body()).contains("That code is not right");
		String code = TotpCodes.current(user.totpSecret());
		assertThat(first.submitCode(code).statusCode()).isEqualTo(302);

		WebSession second = new WebSession(this.port);
		second.signInWithPassword(user.username(), user.password());
		HttpResponse<String> reused = second.submitCode(code);
		assertThat(reused.statusCode()).isEqualTo(200);
		assertThat(reused.body()).contains("That code is not right");
		assertThat(second.get("/staff").statusCode()).isEqualTo(302);
	}

	@Test
	void locksAnAccountForTenMinutesAfterFiveFailuresAndAnswersUnknownUsersIdentically() throws Exception {
		StaffUser user = this.fixture.newUser(this.agency, Role.FACILITATOR);
		WebSession attacker = new WebSession(this.port);
		for (int attempt = 1; attempt <= 5; attempt++) {
			HttpResponse<String> failed = attacker.signInWithPassword(user.username(), "wrong-" + attempt);
			assertThat(failed.headers().firstValue("Location"))
				.hasValueSatisfying((l) -> assertThat(l).endsWith("/login?error"));
		}
		HttpResponse<String> locked = new WebSession(this.port).signInWithPassword(user.username(), user.password());
		HttpResponse<String> unknown = new WebSession(this.port).signInWithPassword("nobody-" + user.username(), "x");
		HttpResponse<String> wrong = new WebSession(this.port)
			.signInWithPassword(this.fixture.newUser(this.agency, Role.FACILITATOR).username(), "wrong");
		for (HttpResponse<String> response : java.util.List.of(locked, unknown, wrong)) {
			assertThat(response.statusCode()).isEqualTo(302);
			assertThat(response.headers().firstValue("Location"))
				.hasValueSatisfying((l) -> assertThat(l).endsWith("/login?error"));
			assertThat(response.body()).isEqualTo(locked.body());
		}
		try (Connection owner = OwnerDatabase.connect(this.environment);
				PreparedStatement statement = owner.prepareStatement(
						"select locked_until > now() + interval '9 minutes' from staff_account where username = ?")) {
			statement.setString(1, user.username());
			var rs = statement.executeQuery();
			assertThat(rs.next()).isTrue();
			assertThat(rs.getBoolean(1)).isTrue();
		}

		// Ten minutes later the lock has passed.
		try (Connection owner = OwnerDatabase.connect(this.environment);
				PreparedStatement statement = owner.prepareStatement(
						"update staff_account set locked_until = now() - interval '1 second' where username = ?")) {
			statement.setString(1, user.username());
			statement.executeUpdate();
		}
		WebSession later = new WebSession(this.port);
		assertThat(later.signInWithPassword(user.username(), user.password()).headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login/totp"));
	}

	@Test
	void countsWrongCodesTowardsTheLockout() {
		StaffUser user = this.fixture.newUser(this.agency, Role.FACILITATOR);
		WebSession browser = new WebSession(this.port);
		browser.signInWithPassword(user.username(), user.password());
		HttpResponse<String> last = null;
		for (int attempt = 1; attempt <= 5; attempt++) {
			last = browser.submitCode("00000" + attempt);
		}
		assertThat(last.statusCode()).isEqualTo(302);
		assertThat(last.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login?error"));
		assertThat(new WebSession(this.port).signInWithPassword(user.username(), user.password())
			.headers()
			.firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/login?error"));
	}

	@Test
	void endsTheSessionAfterThirtyIdleMinutes() throws Exception {
		StaffUser user = this.fixture.newUser(this.agency, Role.PROGRAM_DIRECTOR);
		WebSession browser = new WebSession(this.port);
		browser.signIn(user);
		assertThat(browser.get("/staff").statusCode()).isEqualTo(200);
		try (Connection owner = OwnerDatabase.connect(this.environment);
				PreparedStatement statement = owner
					.prepareStatement("select max_inactive_interval from spring_session where principal_name = ?")) {
			statement.setString(1, user.username());
			var rs = statement.executeQuery();
			assertThat(rs.next()).isTrue();
			assertThat(rs.getInt(1)).isEqualTo(30 * 60);
		}
		try (Connection owner = OwnerDatabase.connect(this.environment);
				PreparedStatement statement = owner.prepareStatement(
						"update spring_session set last_access_time = last_access_time - ?, expiry_time = expiry_time - ? where principal_name = ?")) {
			long thirtyOneMinutes = 31L * 60 * 1000;
			statement.setLong(1, thirtyOneMinutes);
			statement.setLong(2, thirtyOneMinutes);
			statement.setString(3, user.username());
			assertThat(statement.executeUpdate()).isEqualTo(1);
		}
		HttpResponse<String> afterIdle = browser.get("/staff");
		assertThat(afterIdle.statusCode()).isEqualTo(302);
		assertThat(afterIdle.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).contains("/login"));
	}

	@Test
	void enrolsAnAuthenticatorOnFirstSignInWithAQrCode() {
		StaffUser user = this.fixture.newUser(this.agency, false, Role.FACILITATOR);
		WebSession browser = new WebSession(this.port);
		browser.signInWithPassword(user.username(), user.password());
		HttpResponse<String> codePage = browser.get("/login/totp");
		assertThat(codePage.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/account/totp/enrol"));
		HttpResponse<String> enrol = browser.get("/account/totp/enrol");
		var secret = java.util.regex.Pattern.compile("data-secret=\"([A-Z2-7]+)\"").matcher(enrol.body());
		assertThat(secret.find()).isTrue();
		HttpResponse<String> qrCode = browser.get("/account/totp/qr.png");
		assertThat(qrCode.statusCode()).isEqualTo(200);
		assertThat(qrCode.headers().firstValue("Content-Type")).hasValue("image/png");
		HttpResponse<String> confirmed = browser.submit("/account/totp/enrol", "/account/totp/enrol",
				Map.of("code", TotpCodes.current(secret.group(1))));
		assertThat(confirmed.statusCode()).isEqualTo(302);
		assertThat(browser.get("/staff").statusCode()).isEqualTo(200);
	}

	@Test
	void sendsSecurityHeadersWithoutInlineScriptAndNoStore() {
		HttpResponse<String> login = new WebSession(this.port).get("/login");
		assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying((csp) -> {
			assertThat(csp).contains("script-src 'self'")
				.doesNotContain("unsafe-inline")
				.contains("frame-ancestors 'none'");
		});
		assertThat(login.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((c) -> assertThat(c).contains("no-store"));
		assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(login.body()).doesNotContainPattern("<script(?![^>]*src=)[^>]*>");
	}

	@Test
	void refusesAPostWithoutCsrfToken() {
		StaffUser user = this.fixture.newUser(this.agency, Role.PROGRAM_DIRECTOR);
		WebSession browser = new WebSession(this.port);
		browser.signIn(user);
		HttpResponse<String> forged = browser.post("/staff/new",
				Map.of("firstName", "Forged", "lastName", "Entry", "jobTitle", "x", "hireDate", "2020-01-01"));
		assertThat(forged.statusCode()).isEqualTo(403);
	}

}
