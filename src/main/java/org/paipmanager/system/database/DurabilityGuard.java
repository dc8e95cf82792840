package org.paipmanager.system.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to start on a database that may lose acknowledged writes: with {@code fsync} or
 * {@code synchronous_commit} off, a crash can drop attendance or a disclosure the user
 * was told was saved (issue 9, HIPAA 164.312(c)).
 */
@Component
class DurabilityGuard implements InitializingBean {

	/**
	 * Whether durability is required; only the ephemeral embedded test database turns it
	 * off.
	 */
	static final String REQUIRED = "paip.database.durability-required";

	private final DataSource dataSource;

	private final boolean required;

	DurabilityGuard(DataSource dataSource, @Value("${" + REQUIRED + ":true}") boolean required) {
		this.dataSource = dataSource;
		this.required = required;
	}

	@Override
	public void afterPropertiesSet() {
		if (this.required) {
			check(JdbcClient.create(this.dataSource));
		}
	}

	/**
	 * @throws IllegalStateException naming each setting that makes acknowledged writes
	 * losable
	 */
	static void check(JdbcClient database) {
		List<String> unsafe = unsafeSettings(
				database.sql("select current_setting('fsync')").query(String.class).single(),
				database.sql("select current_setting('synchronous_commit')").query(String.class).single());
		if (!unsafe.isEmpty()) {
			throw new IllegalStateException("PostgreSQL runs with " + String.join(" and ", unsafe)
					+ ": acknowledged writes could be lost in a crash. Turn it on and start again.");
		}
	}

	/** The settings, as {@code name=value}, that let a crash lose committed data. */
	static List<String> unsafeSettings(String fsync, String synchronousCommit) {
		List<String> unsafe = new ArrayList<>();
		if ("off".equals(fsync.toLowerCase(Locale.ROOT))) {
			unsafe.add("fsync=off");
		}
		if ("off".equals(synchronousCommit.toLowerCase(Locale.ROOT))) {
			unsafe.add("synchronous_commit=off");
		}
		return unsafe;
	}

}
