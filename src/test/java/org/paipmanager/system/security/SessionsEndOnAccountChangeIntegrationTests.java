package org.paipmanager.system.security;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.AgencyFixture.StaffUser;
import org.paipmanager.OwnerDatabase;
import org.paipmanager.SettableClock;
import org.paipmanager.WebSession;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Disabling an account, or changing its roles, ends every session it has open at once
 * (issue 9 part 7, ASVS 5.0 7.4.2, HIPAA 164.312(a)(1), ADR 0023).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SettableClock.Configuration.class)
class SessionsEndOnAccountChangeIntegrationTests {

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Environment environment;

	@Autowired
	SettableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	@DisplayName("ASVS 7.4.2: an administrator disables a user, and every session of that user ends: the next request lands on the sign-in page")
	void disablingAUserEndsAllTheirSessions() throws SQLException {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		StaffUser facilitator = fixture.newUser(agency, Role.FACILITATOR);
		WebSession laptop = new WebSession(this.port);
		laptop.signIn(facilitator);
		WebSession phone = new WebSession(this.port);
		phone.signInWithPassword(facilitator.username(), facilitator.password());
		phone.submitCode(TotpCodes.forStep(facilitator.totpSecret(), TotpCodes.currentStep() + 1));
		assertThat(laptop.get("/groups").statusCode()).isEqualTo(200);
		assertThat(phone.get("/groups").statusCode()).isEqualTo(200);
		assertThat(sessionsOf(facilitator.username())).isEqualTo(2);

		WebSession admin = new WebSession(this.port);
		StaffUser adminUser = fixture.newUser(agency, Role.ADMINISTRATOR);
		admin.signIn(adminUser);
		String page = "/staff/" + facilitator.staffId() + "/account";
		String form = admin.get(page).body();
		assertThat(form).contains(facilitator.username(), "Disable account and sign out");
		assertThat(admin.get("/staff/" + facilitator.staffId()).body()).contains(page);

		// A stale version is a conflict and changes nothing.
		HttpResponse<String> stale = admin.submit(page, page + "/status", Map.of("enabled", "false", "version", "7"));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Someone else changed this account");
		assertThat(laptop.get("/groups").statusCode()).isEqualTo(200);

		HttpResponse<String> disabled = admin.submit(page, page + "/status",
				Map.of("enabled", "false", "version", version(form)));
		assertThat(disabled.statusCode()).isEqualTo(302);
		assertThat(admin.get(page).body()).contains("every session it had open has ended", "Disabled: cannot sign in");
		assertThat(sessionsOf(facilitator.username())).isZero();
		for (WebSession session : new WebSession[] { laptop, phone }) {
			HttpResponse<String> next = session.get("/groups");
			assertThat(next.statusCode()).isEqualTo(302);
			assertThat(next.headers().firstValue("Location").orElseThrow()).contains("/login");
		}
		assertThat(new WebSession(this.port).signInWithPassword(facilitator.username(), facilitator.password())
			.headers()
			.firstValue("Location")
			.orElseThrow()).contains("/login?error");
		// The administrator's own session goes on; they cannot disable themselves.
		assertThat(admin.get("/staff").statusCode()).isEqualTo(200);
		String ownPage = "/staff/" + adminUser.staffId() + "/account";
		assertThat(admin.get(ownPage).body()).doesNotContain("id=\"status-form\"");
		HttpResponse<String> self = admin.submit(ownPage, ownPage + "/status",
				Map.of("enabled", "false", "version", "0"));
		assertThat(self.body()).contains("You cannot disable your own account.");
		assertThat(admin.get("/staff").statusCode()).isEqualTo(200);

		try (Connection owner = OwnerDatabase.connect(this.environment);
				PreparedStatement statement = owner.prepareStatement(
						"select detail from audit_log where agency_id = ? and action = 'SIGN_OUT' and record_type = 'account'")) {
			statement.setObject(1, agency.value());
			try (ResultSet rows = statement.executeQuery()) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("sessions ended=2; disabled");
			}
		}
	}

	@Test
	@DisplayName("ASVS 7.4.2: a change of roles ends the user's sessions, and the next sign-in carries the new roles; no role at all is refused next to the field")
	void changingRolesEndsTheUsersSessions() throws SQLException {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		StaffUser worker = fixture.newUser(agency, Role.FACILITATOR);
		WebSession session = new WebSession(this.port);
		session.signIn(worker);
		assertThat(session.get("/participants/new").statusCode()).isEqualTo(403);

		WebSession director = new WebSession(this.port);
		director.signIn(fixture.newUser(agency, Role.PROGRAM_DIRECTOR));
		String page = "/staff/" + worker.staffId() + "/account";
		HttpResponse<String> none = director.submit(page, page + "/roles",
				Map.of("version", version(director.get(page).body())));
		assertThat(none.body()).contains("usa-form-group--error", "Choose at least one role.");
		assertThat(session.get("/groups").statusCode()).isEqualTo(200);

		HttpResponse<String> changed = director.submit(page, page + "/roles",
				Map.of("roles", "INTAKE_WORKER", "version", version(director.get(page).body())));
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(sessionsOf(worker.username())).isZero();
		assertThat(session.get("/groups").headers().firstValue("Location").orElseThrow()).contains("/login");

		WebSession again = new WebSession(this.port);
		again.signInWithPassword(worker.username(), worker.password());
		again.submitCode(TotpCodes.forStep(worker.totpSecret(), TotpCodes.currentStep() + 1));
		assertThat(again.get("/participants/new").statusCode()).isEqualTo(200);
	}

	@Test
	@DisplayName("ASVS 8.2.1: nobody changes their own roles, up or down; their own account page offers none of the account forms")
	void aDirectorCannotChangeTheirOwnRoles() throws SQLException {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		StaffUser directorUser = fixture.newUser(agency, Role.PROGRAM_DIRECTOR);
		WebSession director = new WebSession(this.port);
		director.signIn(directorUser);
		String ownPage = "/staff/" + directorUser.staffId() + "/account";
		String page = director.get(ownPage).body();
		assertThat(page).contains("id=\"own-account\"").doesNotContain("id=\"roles-form\"");

		// What the second security scan did: another role ticked on the own account.
		HttpResponse<String> everyRole = director.submit(ownPage, ownPage + "/roles",
				Map.of("roles", "DEPARTMENT_MONITOR", "version", "0"));
		assertThat(everyRole.statusCode()).isEqualTo(200);
		assertThat(everyRole.body()).contains("You cannot change your own roles");
		assertThat(sessionsOf(directorUser.username())).isEqualTo(1);
		assertThat(director.get("/staff").statusCode()).isEqualTo(200);
		assertThat(rolesOf(directorUser.username())).isEqualTo("{PROGRAM_DIRECTOR}");
	}

	private static String version(String page) {
		Matcher matcher = VERSION.matcher(page);
		assertThat(matcher.find()).as("version field on the account page").isTrue();
		return matcher.group(1);
	}

	private int sessionsOf(String username) throws SQLException {
		return Integer.parseInt(ownerAnswer("select count(*) from spring_session where principal_name = ?", username));
	}

	private String rolesOf(String username) throws SQLException {
		return ownerAnswer("select roles::text from staff_account where username = ?", username);
	}

	/** The one value the query answers for the username, read as the database owner. */
	private String ownerAnswer(String query, String username) throws SQLException {
		try (Connection owner = OwnerDatabase.connect(this.environment);
				PreparedStatement statement = owner.prepareStatement(query)) {
			statement.setString(1, username);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getString(1);
			}
		}
	}

}
