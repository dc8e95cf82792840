package org.paipmanager.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.AgencyFixture.StaffUser;
import org.paipmanager.OwnerDatabase;
import org.paipmanager.WebSession;
import org.paipmanager.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions in PostgreSQL write their last access at most once a minute (issue 9, two
 * nodes): a page view that only moves the last access by less than that writes nothing, a
 * later one writes it, and a session idle past its 30 minutes still ends.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionStoreIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Environment environment;

	@Test
	@DisplayName("Issue 9: a page view within a minute of the stored last access writes no session row; one after it does; 31 idle minutes still sign the user out")
	void lastAccessIsWrittenAtMostOnceAMinute() throws SQLException {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		StaffUser facilitator = fixture.newUser(fixture.newAgency(), Role.FACILITATOR);
		WebSession session = new WebSession(this.port);
		session.signIn(facilitator);
		assertThat(session.get("/groups").statusCode()).isEqualTo(200);
		long stored = lastAccess(facilitator.username());

		// A few seconds back, as if the last write was then: the next page leaves it so.
		moveLastAccess(facilitator.username(), -5_000);
		assertThat(session.get("/groups").statusCode()).isEqualTo(200);
		assertThat(lastAccess(facilitator.username())).isEqualTo(stored - 5_000);

		// Over a minute back: the next page writes the last access and the expiry.
		moveLastAccess(facilitator.username(), -61_000);
		long before = System.currentTimeMillis();
		assertThat(session.get("/groups").statusCode()).isEqualTo(200);
		assertThat(lastAccess(facilitator.username())).isGreaterThanOrEqualTo(before);
		assertThat(expiry(facilitator.username())).isEqualTo(lastAccess(facilitator.username()) + 30 * 60_000);

		// Idle past the timeout, by what is stored: signed out.
		moveLastAccess(facilitator.username(), -31 * 60_000);
		assertThat(session.get("/groups").headers().firstValue("Location").orElseThrow()).contains("/login");
	}

	private long lastAccess(String username) throws SQLException {
		return value("select last_access_time from spring_session where principal_name = ?", username);
	}

	private long expiry(String username) throws SQLException {
		return value("select expiry_time from spring_session where principal_name = ?", username);
	}

	private long value(String sql, String username) throws SQLException {
		try (Connection owner = OwnerDatabase.connect(this.environment);
				PreparedStatement statement = owner.prepareStatement(sql)) {
			statement.setString(1, username);
			try (ResultSet rows = statement.executeQuery()) {
				assertThat(rows.next()).as("the session row of " + username).isTrue();
				long value = rows.getLong(1);
				assertThat(rows.next()).as("one session of " + username).isFalse();
				return value;
			}
		}
	}

	private void moveLastAccess(String username, long millis) throws SQLException {
		try (Connection owner = OwnerDatabase.connect(this.environment);
				PreparedStatement statement = owner.prepareStatement("""
						update spring_session set last_access_time = last_access_time + ?, expiry_time = expiry_time + ?
						where principal_name = ?""")) {
			statement.setLong(1, millis);
			statement.setLong(2, millis);
			statement.setString(3, username);
			assertThat(statement.executeUpdate()).isEqualTo(1);
		}
	}

}
