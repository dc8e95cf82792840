package org.paipmanager.staff;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.AgencyFixture.StaffUser;
import org.paipmanager.OwnerDatabase;
import org.paipmanager.WebSession;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.StaffId;
import org.paipmanager.system.security.TotpCodes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in accounts from creation to a changed password (issue 9 proof 7, OWASP ASVS 5.0
 * 6.2 and 6.4.1, 7.4.2 and 7.4.3, HIPAA 164.312(d), ADR 0028): an administrator creates
 * an account with a temporary password that works once and makes the first sign-in choose
 * the account's own password; a reset ends every session; a user's own change ends every
 * other session but the current one; weak passwords are refused beside the field; no
 * password is ever stored or audited in clear.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInAccountLifecycleIntegrationTests {

	static final String CHOSEN = "river otter maple lantern";

	private static final Pattern TEMPORARY = Pattern.compile("id=\"temporary-password\">([a-z0-9-]+)<");

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	private static final Pattern SECRET = Pattern.compile("data-secret=\"([A-Z2-7]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Environment environment;

	@Test
	@DisplayName("ASVS 6.4.1, HIPAA 164.312(d): a director creates an account; its temporary password works once, forces the user to choose a password before the second factor, and the old password is refused afterwards")
	void createsAnAccountWhoseTemporaryPasswordWorksOnceAndForcesAChange() throws SQLException {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		StaffId newcomer = fixture.newStaffMember(agency, "Nia", "Newcomer");
		WebSession director = new WebSession(this.port);
		director.signIn(fixture.newUser(agency, Role.PROGRAM_DIRECTOR));
		String page = "/staff/" + newcomer.value() + "/account";
		assertThat(director.get(page).body()).contains("has no sign-in account yet", "Create account");

		HttpResponse<String> empty = director.submit(page, page, Map.of());
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(empty.body()).contains("Enter a username.", "Choose at least one role.")
			.doesNotContain("id=\"temporary-password\"");
		String username = "nia-newcomer-" + agency.value().toString().substring(0, 8);
		HttpResponse<String> created = director.submit(page, page,
				Map.of("username", username, "roles", "FACILITATOR"));
		assertThat(created.statusCode()).isEqualTo(200);
		assertThat(created.body()).contains("The account is created.", "Temporary password", username);
		String temporary = temporaryPassword(created.body());
		assertThat(temporary).hasSize(23);
		assertThat(director.get(page).body()).doesNotContain(temporary).contains("Temporary, not yet replaced");

		// The username is unique whatever its case; the message says so next to the
		// field.
		StaffId other = fixture.newStaffMember(agency, "Nia", "Namesake");
		String otherPage = "/staff/" + other.value() + "/account";
		HttpResponse<String> taken = director.submit(otherPage, otherPage,
				Map.of("username", username.toUpperCase(java.util.Locale.ROOT), "roles", "FACILITATOR"));
		assertThat(taken.body()).contains("That username is taken", "usa-form-group--error");

		WebSession user = new WebSession(this.port);
		assertThat(location(user.signInWithPassword(username, temporary))).endsWith("/login/password");
		// Nothing else opens before the password is chosen: not the code, not the pages.
		assertThat(location(user.get("/groups"))).endsWith("/login/password");
		assertThat(location(user.get("/login/totp"))).endsWith("/login/password");
		assertThat(location(user.get("/account/totp/enrol"))).endsWith("/login/password");
		assertThat(user.get("/login/password").body()).contains("Choose your own password");

		assertThat(choose(user, "short one", "short one").body()).contains("Use at least 15 characters.");
		assertThat(choose(user, "password12345678", "password12345678").body())
			.contains("one of the most common passwords");
		assertThat(choose(user, username, username).body()).contains("cannot be your username");
		assertThat(choose(user, CHOSEN, CHOSEN + "x").body()).contains("The two passwords are not the same.");
		assertThat(choose(user, temporary, temporary).body()).contains("must differ from the current one");
		HttpResponse<String> chosen = choose(user, CHOSEN, CHOSEN);
		assertThat(location(chosen)).endsWith("/login/totp");
		// Then the second factor is set up as on any first sign-in.
		assertThat(location(user.get("/login/totp"))).endsWith("/account/totp/enrol");
		Matcher secret = SECRET.matcher(user.get("/account/totp/enrol").body());
		assertThat(secret.find()).isTrue();
		HttpResponse<String> enrolled = user.submit("/account/totp/enrol", "/account/totp/enrol",
				Map.of("code", TotpCodes.current(secret.group(1))));
		assertThat(location(enrolled)).doesNotContain("/login");
		assertThat(user.get("/groups").statusCode()).isEqualTo(200);

		// The temporary password worked once; the chosen one works from now on.
		assertThat(location(new WebSession(this.port).signInWithPassword(username, temporary)))
			.endsWith("/login?error");
		assertThat(location(new WebSession(this.port).signInWithPassword(username, CHOSEN))).endsWith("/login/totp");

		assertNoPasswordInClear(agency, List.of(temporary, CHOSEN));
		assertThat(auditDetails(agency))
			.anySatisfy((detail) -> assertThat(detail).contains("username=" + username, "temporary password issued"))
			.anySatisfy((detail) -> assertThat(detail).isEqualTo("temporary password replaced by its owner"));
	}

	@Test
	@DisplayName("ASVS 6.4.1, 7.4.2: a password reset issues a temporary password, ends every session of the account, keeps the authenticator unless asked; a stale version is a 409")
	void resetsAPasswordAndEndsEverySession() throws SQLException {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		StaffUser worker = fixture.newUser(agency, Role.FACILITATOR);
		WebSession laptop = new WebSession(this.port);
		laptop.signIn(worker);
		assertThat(laptop.get("/groups").statusCode()).isEqualTo(200);
		StaffUser directorUser = fixture.newUser(agency, Role.PROGRAM_DIRECTOR);
		WebSession director = new WebSession(this.port);
		director.signIn(directorUser);
		String page = "/staff/" + worker.staffId().value() + "/account";

		HttpResponse<String> stale = director.submit(page, page + "/password-reset", Map.of("version", "99"));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Someone else changed this account").doesNotContain("temporary-password");
		assertThat(laptop.get("/groups").statusCode()).isEqualTo(200);

		HttpResponse<String> reset = director.submit(page, page + "/password-reset",
				Map.of("version", version(director.get(page).body())));
		assertThat(reset.statusCode()).isEqualTo(200);
		assertThat(reset.body()).contains("every session the account had open has ended");
		String temporary = temporaryPassword(reset.body());
		assertThat(sessionsOf(worker.username())).isZero();
		assertThat(location(laptop.get("/groups"))).contains("/login");
		assertThat(location(new WebSession(this.port).signInWithPassword(worker.username(), worker.password())))
			.endsWith("/login?error");

		WebSession again = new WebSession(this.port);
		assertThat(location(again.signInWithPassword(worker.username(), temporary))).endsWith("/login/password");
		assertThat(location(choose(again, CHOSEN, CHOSEN))).endsWith("/login/totp");
		// The authenticator was kept: the code page, not the enrolment.
		assertThat(again.get("/login/totp").statusCode()).isEqualTo(200);
		again.submitCode(TotpCodes.forStep(worker.totpSecret(), TotpCodes.currentStep() + 1));
		assertThat(again.get("/groups").statusCode()).isEqualTo(200);

		// Resetting the authenticator too: the user sets it up again after the password.
		HttpResponse<String> withAuthenticator = director.submit(page, page + "/password-reset",
				Map.of("version", version(director.get(page).body()), "resetAuthenticator", "true"));
		assertThat(withAuthenticator.body()).contains("the authenticator app is reset");
		assertThat(location(again.get("/groups"))).contains("/login");
		WebSession third = new WebSession(this.port);
		third.signInWithPassword(worker.username(), temporaryPassword(withAuthenticator.body()));
		choose(third, "second lantern by the quiet river", "second lantern by the quiet river");
		assertThat(location(third.get("/login/totp"))).endsWith("/account/totp/enrol");

		// A director cannot reset their own password here: not offered, and refused when
		// posted anyway.
		String own = "/staff/" + directorUser.staffId().value() + "/account";
		assertThat(director.get(own).body()).doesNotContain("id=\"reset-form\"");
		HttpResponse<String> self = director.submit(own, own + "/password-reset", Map.of("version", "0"));
		assertThat(self.body()).contains("You cannot reset your own password here")
			.doesNotContain("temporary-password");
		assertThat(auditDetails(agency))
			.anySatisfy((detail) -> assertThat(detail).startsWith("sessions ended=1; password-reset"))
			.anySatisfy((detail) -> assertThat(detail)
				.contains("password reset; temporary password issued; authenticator reset"));
		assertNoPasswordInClear(agency, List.of(temporary, CHOSEN));
	}

	@Test
	@DisplayName("ASVS 6.2.3, 7.4.3: a user changes their own password with the current one; every other session ends, the current one goes on under a new id; the old password is refused")
	void changesOwnPasswordAndEndsEveryOtherSession() throws SQLException {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		StaffUser worker = fixture.newUser(agency, Role.INTAKE_WORKER);
		WebSession laptop = new WebSession(this.port);
		laptop.signIn(worker);
		WebSession phone = new WebSession(this.port);
		phone.signInWithPassword(worker.username(), worker.password());
		phone.submitCode(TotpCodes.forStep(worker.totpSecret(), TotpCodes.currentStep() + 1));
		assertThat(sessionsOf(worker.username())).isEqualTo(2);
		assertThat(laptop.get("/").body()).contains("href=\"/account/password\"");

		String page = "/account/password";
		assertThat(change(laptop, "", CHOSEN, CHOSEN).body()).contains("Enter your current password.");
		assertThat(change(laptop, "not my password", CHOSEN, CHOSEN).body())
			.contains("That is not your current password.");
		assertThat(change(laptop, worker.password(), "fourteen chars", "fourteen chars").body())
			.contains("Use at least 15 characters.", "usa-form-group--error");
		assertThat(change(laptop, worker.password(), "iloveyou!!!!!!!!", "iloveyou!!!!!!!!").body())
			.contains("one of the most common passwords");
		assertThat(change(laptop, worker.password(), "aaaaaaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaaaaaa").body())
			.contains("one of the most common passwords");
		assertThat(change(laptop, worker.password(), "PAIP-Manager-2026!", "PAIP-Manager-2026!").body())
			.contains("words of this application");
		assertThat(sessionsOf(worker.username())).as("nothing changed by the refusals").isEqualTo(2);

		String before = laptop.cookie("PAIPSESSION").orElseThrow();
		String unicode = "ñandú 🦩 säga ÅÄÖ 中文 ok";
		HttpResponse<String> changed = change(laptop, worker.password(), unicode, unicode);
		assertThat(location(changed)).endsWith(page);
		assertThat(laptop.cookie("PAIPSESSION").orElseThrow()).as("the session id changed").isNotEqualTo(before);
		assertThat(laptop.get(page).body()).contains("Your password is changed.");
		assertThat(laptop.get("/participants").statusCode()).isEqualTo(200);
		assertThat(location(phone.get("/participants"))).contains("/login");
		assertThat(sessionsOf(worker.username())).isEqualTo(1);

		assertThat(location(new WebSession(this.port).signInWithPassword(worker.username(), worker.password())))
			.endsWith("/login?error");
		assertThat(location(new WebSession(this.port).signInWithPassword(worker.username(), unicode)))
			.endsWith("/login/totp");
		assertThat(auditDetails(agency))
			.anySatisfy((detail) -> assertThat(detail).isEqualTo("password changed by its owner"))
			.anySatisfy((detail) -> assertThat(detail).isEqualTo("sessions ended=1; password changed"));
		assertNoPasswordInClear(agency, List.of(unicode, "not my password"));
	}

	@Test
	@DisplayName("Tenancy: another agency's staff member is 404 on the account page, its creation and its reset")
	void anotherAgencysStaffIsNotFound() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		AgencyId otherAgency = fixture.newAgency();
		StaffId stranger = fixture.newStaffMember(otherAgency, "Sam", "Stranger");
		StaffUser strangerUser = fixture.newUser(otherAgency, Role.FACILITATOR);
		WebSession admin = new WebSession(this.port);
		admin.signIn(fixture.newUser(agency, Role.ADMINISTRATOR));
		String csrf = WebSession.csrfToken(admin.get("/").body());
		String page = "/staff/" + stranger.value() + "/account";
		assertThat(admin.get(page).statusCode()).isEqualTo(404);
		assertThat(admin.post(page, Map.of("_csrf", csrf, "username", "sam-stranger", "roles", "FACILITATOR"))
			.statusCode()).isEqualTo(404);
		String strangerPage = "/staff/" + strangerUser.staffId().value() + "/account";
		assertThat(admin.post(strangerPage + "/password-reset", Map.of("_csrf", csrf, "version", "0")).statusCode())
			.isEqualTo(404);
		assertThat(location(
				new WebSession(this.port).signInWithPassword(strangerUser.username(), strangerUser.password())))
			.endsWith("/login/totp");
	}

	private static HttpResponse<String> choose(WebSession session, String password, String confirmation) {
		return session.submit("/login/password", "/login/password",
				Map.of("password", password, "confirmation", confirmation));
	}

	private static HttpResponse<String> change(WebSession session, String current, String password,
			String confirmation) {
		return session.submit("/account/password", "/account/password",
				Map.of("current", current, "password", password, "confirmation", confirmation));
	}

	private static String temporaryPassword(String page) {
		Matcher matcher = TEMPORARY.matcher(page);
		assertThat(matcher.find()).as("the temporary password on the page").isTrue();
		return matcher.group(1);
	}

	private static String version(String page) {
		Matcher matcher = VERSION.matcher(page);
		assertThat(matcher.find()).as("version field on the account page").isTrue();
		return matcher.group(1);
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("(no redirect: " + response.statusCode() + ")");
	}

	/** Neither the account table, the sessions nor the audit log hold the passwords. */
	private void assertNoPasswordInClear(AgencyId agency, List<String> passwords) throws SQLException {
		List<String> stored = new ArrayList<>(auditDetails(agency));
		try (Connection owner = OwnerDatabase.connect(this.environment);
				PreparedStatement accounts = owner.prepareStatement(
						"select concat_ws(' ', username, password_hash, display_name) from staff_account where agency_id = ?");
				PreparedStatement sessions = owner
					.prepareStatement("select attribute_bytes from spring_session_attributes")) {
			accounts.setObject(1, agency.value());
			try (ResultSet rows = accounts.executeQuery()) {
				while (rows.next()) {
					stored.add(rows.getString(1));
				}
			}
			try (ResultSet rows = sessions.executeQuery()) {
				while (rows.next()) {
					stored.add(new String(rows.getBytes(1), StandardCharsets.ISO_8859_1));
				}
			}
		}
		for (String password : passwords) {
			String asBytes = new String(password.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
			assertThat(stored).as("rows holding a password in clear")
				.noneMatch((row) -> row.contains(password) || row.contains(asBytes));
		}
	}

	private List<String> auditDetails(AgencyId agency) throws SQLException {
		List<String> details = new ArrayList<>();
		try (Connection owner = OwnerDatabase.connect(this.environment);
				PreparedStatement statement = owner.prepareStatement(
						"select coalesce(detail, '') from audit_log where agency_id = ? order by occurred_at")) {
			statement.setObject(1, agency.value());
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					details.add(rows.getString(1));
				}
			}
		}
		return details;
	}

	private int sessionsOf(String username) throws SQLException {
		try (Connection owner = OwnerDatabase.connect(this.environment);
				PreparedStatement statement = owner
					.prepareStatement("select count(*) from spring_session where principal_name = ?")) {
			statement.setString(1, username);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getInt(1);
			}
		}
	}

}
