package org.paipmanager.system.database;

import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Startup refuses a database that could lose acknowledged writes (issue 9, crash safety):
 * fsync or synchronous_commit off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DurabilityGuardIntegrationTests {

	@Autowired
	DataSource dataSource;

	@Test
	@DisplayName("Crash safety: a database with fsync or synchronous_commit off is refused, naming each setting (the throwaway test database runs with both off)")
	void refusesADatabaseThatCanLoseWrites() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			JdbcClient database = JdbcClient.create(new SingleConnectionDataSource(connection, true));
			assertThatThrownBy(() -> DurabilityGuard.check(database)).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("fsync=off")
				.hasMessageContaining("synchronous_commit=off");
			try (Statement statement = connection.createStatement()) {
				statement.execute("set synchronous_commit to on");
			}
			assertThatThrownBy(() -> DurabilityGuard.check(database)).hasMessageContaining("fsync=off")
				.hasMessageNotContaining("synchronous_commit");
			try (Statement statement = connection.createStatement()) {
				statement.execute("reset synchronous_commit");
			}
		}
	}

	@Test
	@DisplayName("Crash safety: fsync off is refused; synchronous_commit local or remote_write is durable on this node")
	void judgesEachSetting() {
		assertThat(DurabilityGuard.unsafeSettings("off", "on")).containsExactly("fsync=off");
		assertThat(DurabilityGuard.unsafeSettings("OFF", "off")).containsExactly("fsync=off", "synchronous_commit=off");
		assertThat(DurabilityGuard.unsafeSettings("on", "on")).isEmpty();
		assertThat(DurabilityGuard.unsafeSettings("on", "local")).isEmpty();
		assertThat(DurabilityGuard.unsafeSettings("on", "remote_write")).isEmpty();
	}

}
