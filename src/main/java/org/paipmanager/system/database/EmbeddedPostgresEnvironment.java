package org.paipmanager.system.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts PostgreSQL 17 inside the process when no {@code spring.datasource.url} is
 * configured, and points the application (as the unprivileged application role) and
 * Flyway (as the owner) at it.
 * <p>
 * One server per JVM: every Spring context of a test run shares it. The application keeps
 * its data under {@code paip.database.embedded.data-directory}; tests ask for an
 * ephemeral directory instead.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

	static final String APPLICATION_ROLE = "paip_app";

	private static EmbeddedPostgres server;

	@Override
	public int getOrder() {
		return ConfigDataEnvironmentPostProcessor.ORDER + 10;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			return;
		}
		boolean ephemeral = environment.getProperty("paip.database.embedded.ephemeral", Boolean.class, false);
		Path dataDirectory = Path.of(environment.getProperty("paip.database.embedded.data-directory", "data/postgres"));
		EmbeddedPostgres postgres = start(ephemeral ? null : dataDirectory);
		String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", url);
		properties.put("spring.datasource.username", APPLICATION_ROLE);
		properties.put("spring.datasource.password", "");
		properties.put("spring.flyway.url", url);
		properties.put("spring.flyway.user", "postgres");
		properties.put("spring.flyway.password", "");
		properties.put("paip.database.owner-url", url);
		if (ephemeral) {
			// A throwaway test database keeps nothing, so losing a write in a crash loses
			// nothing: the durability guard stands down for it alone.
			properties.put(DurabilityGuard.REQUIRED, "false");
		}
		environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", properties));
	}

	private static synchronized EmbeddedPostgres start(Path dataDirectory) {
		if (server != null) {
			return server;
		}
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
			if (dataDirectory != null) {
				Files.createDirectories(dataDirectory);
				// Kept data must survive a crash: the library's test defaults trade
				// durability for speed.
				builder.setDataDirectory(dataDirectory)
					.setCleanDataDirectory(false)
					.setServerConfig("fsync", "on")
					.setServerConfig("synchronous_commit", "on")
					.setServerConfig("full_page_writes", "on");
			}
			// The library registers a shutdown hook that stops the server with the JVM.
			server = builder.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}

}
