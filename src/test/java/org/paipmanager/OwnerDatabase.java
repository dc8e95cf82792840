package org.paipmanager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.springframework.core.env.Environment;

/**
 * A connection as the database owner (superuser in the embedded server), for tests that
 * must do what the application itself cannot: tamper with audit rows, age a session.
 */
public final class OwnerDatabase {

	private OwnerDatabase() {
	}

	public static Connection connect(Environment environment) throws SQLException {
		return DriverManager.getConnection(environment.getRequiredProperty("paip.database.owner-url"), "postgres", "");
	}

}
