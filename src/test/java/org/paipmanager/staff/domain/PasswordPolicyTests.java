package org.paipmanager.staff.domain;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The password rules of OWASP ASVS 5.0 6.2 (ADR 0028), against the common-password list
 * the build bundles.
 */
class PasswordPolicyTests {

	private static PasswordPolicy policy;

	@BeforeAll
	static void readBundledList() throws IOException {
		try (InputStream in = PasswordPolicyTests.class.getClassLoader()
			.getResourceAsStream("passwords/passwords.json")) {
			assertThat(in).as("the common-password list copied by the build").isNotNull();
			Set<String> common = Arrays.stream(JsonMapper.builder().build().readValue(in, String[].class))
				.map(String::toLowerCase)
				.collect(Collectors.toSet());
			policy = new PasswordPolicy(common);
		}
	}

	private static String problem(String password) {
		return policy.problem(password, "jdoe", List.of("Jane", "Doe")).orElse("ok");
	}

	@Test
	@DisplayName("ASVS 6.2.4: the bundled list holds far more than the top 3000 common passwords")
	void bundlesMoreThanTheTopThreeThousand() {
		assertThat(policy.commonPasswords()).isGreaterThan(40_000);
	}

	@Test
	@DisplayName("ASVS 6.2.1, 6.2.9: at least 15 characters, counted as characters not bytes; up to 128 allowed")
	void asksFifteenToOneHundredTwentyEightCharacters() {
		assertThat(problem("")).isEqualTo("password.error.required");
		assertThat(problem("fourteen chars")).isEqualTo("password.error.short");
		assertThat(problem("🦩🦩🦩 quiet lake x")).isEqualTo("ok");
		assertThat(problem("a quiet lake at dusk ".repeat(3).strip())).isEqualTo("ok");
		assertThat(problem("x".repeat(60) + " lantern " + "y".repeat(59))).isEqualTo("ok");
		assertThat(problem("q".repeat(129))).isEqualTo("password.error.long");
	}

	@Test
	@DisplayName("ASVS 6.2.5, 6.2.8: any composition, spaces and any Unicode, with no rule about character classes")
	void acceptsAnyComposition() {
		assertThat(problem("all lower case words here")).isEqualTo("ok");
		assertThat(problem("ñandú säga ÅÄÖ 中文 ok")).isEqualTo("ok");
		assertThat(problem("    leading and trailing    ")).isEqualTo("ok");
	}

	@Test
	@DisplayName("ASVS 6.2.4: common passwords are refused, also padded to length with digits or symbols, or repeated")
	void refusesCommonPasswords() {
		assertThat(problem("1qaz2wsx3edc4rfv")).isEqualTo("password.error.common");
		assertThat(problem("QWERTYUIOP12345")).isEqualTo("password.error.common");
		assertThat(problem("password12345678")).isEqualTo("password.error.common");
		assertThat(problem("!!!!!!!!iloveyou!!!")).isEqualTo("password.error.common");
		assertThat(problem("monkeymonkeymonkey")).isEqualTo("password.error.common");
		assertThat(problem("abcabcabcabcabcabc")).isEqualTo("password.error.common");
		assertThat(problem("123456789012345")).isEqualTo("password.error.common");
	}

	@Test
	@DisplayName("ASVS 6.2.11: the username, the person's names and this application's words alone are refused")
	void refusesContextWords() {
		assertThat(policy.problem("JDoe", "jdoe", List.of()).orElseThrow()).isEqualTo("password.error.short");
		assertThat(policy.problem("  averylongusername ", "averylongusername", List.of()).orElseThrow())
			.isEqualTo("password.error.username");
		assertThat(problem("Jane-Doe-2026-Jane-Doe")).isEqualTo("password.error.context");
		assertThat(problem("PAIP-Manager-2026!")).isEqualTo("password.error.context");
		assertThat(problem("jdoe jdoe jdoe 1234")).isEqualTo("password.error.context");
		assertThat(problem("Jane walks the program dog")).isEqualTo("ok");
	}

}
