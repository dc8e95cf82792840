package org.paipmanager.system.database;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresEnvironmentTests {

	@Test
	void leavesAConfiguredDatabaseAlone() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db.example:5432/paip");
		new EmbeddedPostgresEnvironment().postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getPropertySources().contains("embeddedPostgres")).isFalse();
		assertThat(environment.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:postgresql://db.example:5432/paip");
		assertThat(environment.getProperty("spring.flyway.user")).isNull();
	}

	@Test
	void startsOneServerForTheJvmAndConnectsTheAppAsTheUnprivilegedRole() {
		MockEnvironment first = new MockEnvironment().withProperty("paip.database.embedded.ephemeral", "true");
		MockEnvironment second = new MockEnvironment().withProperty("paip.database.embedded.ephemeral", "true");
		new EmbeddedPostgresEnvironment().postProcessEnvironment(first, new SpringApplication());
		new EmbeddedPostgresEnvironment().postProcessEnvironment(second, new SpringApplication());
		assertThat(first.getProperty("spring.datasource.url")).startsWith("jdbc:postgresql://localhost:")
			.isEqualTo(second.getProperty("spring.datasource.url"));
		assertThat(first.getProperty("spring.datasource.username")).isEqualTo("paip_app");
		assertThat(first.getProperty("spring.flyway.user")).isEqualTo("postgres");
	}

}
