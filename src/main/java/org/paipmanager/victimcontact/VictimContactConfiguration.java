package org.paipmanager.victimcontact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The victim role's connection pool and the key ring, both from configuration:
 * {@code paip.victim.datasource.*} (defaults: the application's database URL as role
 * {@code paip_victim}) and {@code paip.victim.keys.<id>} with
 * {@code paip.victim.active-key}. Without configured keys (the embedded demo) a key is
 * generated once and kept in a file under {@code paip.victim.key-directory}, never in the
 * database.
 */
@Configuration(proxyBeanMethods = false)
class VictimContactConfiguration {

	private static final Logger log = LoggerFactory.getLogger(VictimContactConfiguration.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String KEY_FILE_PREFIX = "victim-";

	private static final String KEY_FILE_SUFFIX = ".key";

	@Bean(destroyMethod = "close")
	VictimDatabase victimDatabase(Environment environment) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setPoolName("paip-victim");
		dataSource.setJdbcUrl(environment.getRequiredProperty("paip.victim.datasource.url"));
		dataSource.setUsername(environment.getProperty("paip.victim.datasource.username", "paip_victim"));
		dataSource.setPassword(environment.getProperty("paip.victim.datasource.password", ""));
		dataSource
			.setMaximumPoolSize(environment.getProperty("paip.victim.datasource.maximum-pool-size", Integer.class, 5));
		dataSource.setMinimumIdle(1);
		return new VictimDatabase(dataSource);
	}

	@Bean
	VictimFieldCipher victimFieldCipher(Environment environment, Clock clock) {
		Map<String, String> configured = new HashMap<>();
		Binder.get(environment)
			.bind("paip.victim.keys", Bindable.mapOf(String.class, String.class))
			.ifBound(configured::putAll);
		Map<String, byte[]> keys = new HashMap<>();
		configured.forEach((id, value) -> keys.put(id, Base64.getDecoder().decode(value.strip())));
		String active = environment.getProperty("paip.victim.active-key", "");
		if (keys.isEmpty()) {
			TreeMap<String, byte[]> fromFiles = keyFiles(
					Path.of(environment.getProperty("paip.victim.key-directory", "data/keys")), clock);
			keys.putAll(fromFiles);
			if (active.isBlank()) {
				active = fromFiles.lastKey();
			}
		}
		if (active.isBlank() && keys.size() == 1) {
			active = keys.keySet().iterator().next();
		}
		return new VictimFieldCipher(keys, active);
	}

	/**
	 * The keys kept in files; a first one is generated when there is none. The newest (by
	 * id, which is a timestamp) is the one used when no active key is named.
	 */
	private static TreeMap<String, byte[]> keyFiles(Path directory, Clock clock) {
		TreeMap<String, byte[]> keys = new TreeMap<>();
		try {
			Files.createDirectories(directory);
			try (Stream<Path> files = Files.list(directory)) {
				for (Path file : files.toList()) {
					String name = String.valueOf(file.getFileName());
					if (name.startsWith(KEY_FILE_PREFIX) && name.endsWith(KEY_FILE_SUFFIX)) {
						String id = name.substring(KEY_FILE_PREFIX.length(), name.length() - KEY_FILE_SUFFIX.length());
						keys.put(id,
								Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip()));
					}
				}
			}
			if (keys.isEmpty()) {
				String id = "local-" + DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
					.withZone(ZoneOffset.UTC)
					.format(clock.instant());
				byte[] key = new byte[32];
				RANDOM.nextBytes(key);
				Path file = directory.resolve(KEY_FILE_PREFIX + id + KEY_FILE_SUFFIX);
				Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
				restrictToOwner(file);
				keys.put(id, key);
				log.info("Generated victim-data key {} in {}; back it up apart from the database", id, directory);
			}
			return keys;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read or create the victim-data key", ex);
		}
	}

	private static void restrictToOwner(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system: the directory's own permissions apply.
		}
	}

}
