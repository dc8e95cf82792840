package org.paipmanager.reliability;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What the reliability drills share: a clean work directory, the database, the machine.
 */
final class Drill {

	private Drill() {
	}

	static void clean(Path directory) throws IOException {
		if (Files.exists(directory)) {
			try (Stream<Path> paths = Files.walk(directory)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
		Files.createDirectories(directory);
	}

	/**
	 * The roles and database of the README's production set-up (passwords unused: trust
	 * on loopback).
	 */
	static void createDatabase(ScratchPostgres postgres) throws SQLException {
		try (Connection connection = postgres.connect("postgres"); Statement statement = connection.createStatement()) {
			statement.execute("create role paip_app login password 'drill'");
			statement.execute("create role paip_victim login password 'drill'");
			statement.execute("create database paip");
		}
	}

	static UUID uuid(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			if (!result.next()) {
				throw new IllegalStateException("No row for: " + sql);
			}
			return result.getObject(1, UUID.class);
		}
	}

	static long count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	static String machine() {
		return System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java "
				+ System.getProperty("java.version");
	}

	static String postgresVersion() throws IOException {
		try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
			return "Debian's postgresql-" + versions.map((version) -> version.getFileName().toString())
				.sorted()
				.reduce((a, b) -> b)
				.orElse("?");
		}
	}

	static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

}
