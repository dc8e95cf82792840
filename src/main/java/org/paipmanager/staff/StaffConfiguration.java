package org.paipmanager.staff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.paipmanager.staff.domain.PasswordPolicy;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class StaffConfiguration {

	static final String COMMON_PASSWORDS = "passwords/passwords.json";

	/**
	 * Argon2id for new hashes; the prefix in each stored hash lets the algorithm change
	 * later.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("argon2", Map.of("argon2",
				Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
	}

	/**
	 * The most common passwords new passwords are checked against (ASVS 5.0 6.2.4): the
	 * 49,233 of the zxcvbn-ts common list, MIT licensed, copied from its npm package by
	 * the build (ADR 0028). Without the list the application does not start: it never
	 * accepts passwords unchecked.
	 */
	@Bean
	PasswordPolicy passwordPolicy(JsonMapper json) {
		ClassPathResource list = new ClassPathResource(COMMON_PASSWORDS);
		try (InputStream in = list.getInputStream()) {
			Set<String> common = Arrays.stream(json.readValue(in, String[].class))
				.map((password) -> password.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
			if (common.size() < 3000) {
				throw new IllegalStateException(COMMON_PASSWORDS + " holds only " + common.size() + " passwords");
			}
			return new PasswordPolicy(common);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					"The common-password list " + COMMON_PASSWORDS
							+ " is missing from the class path: build with Maven, which copies it from node_modules",
					ex);
		}
	}

}
