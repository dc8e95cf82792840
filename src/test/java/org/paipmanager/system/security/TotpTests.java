package org.paipmanager.system.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTests {

	// RFC 6238 appendix B, SHA-1 key "12345678901234567890", 8 digits.
	private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@Test
	void producesTheRfc6238ReferenceCodes() {
		assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(59)), 8)).isEqualTo("94287082");
		assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1111111109)), 8)).isEqualTo("07081804");
		assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1234567890)), 8)).isEqualTo("89005924");
		assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(20000000000L)), 8)).isEqualTo("65353130");
	}

	@Test
	void acceptsTheCodeOfTheCurrentAndNeighbouringStepsOnly() {
		String secret = Base32.encode(RFC_KEY);
		Instant now = Instant.ofEpochSecond(1_700_000_000L);
		long step = Totp.step(now);
		assertThat(Totp.matchingStep(secret, Totp.code(secret, step), now)).hasValue(step);
		assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 1), now)).hasValue(step - 1);
		assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 2), now)).isEmpty();
		assertThat(Totp.matchingStep(secret, "12345", now)).isEmpty();
		assertThat(Totp.matchingStep(secret, null, now)).isEmpty();
	}

	@Test
	void roundTripsBase32Secrets() {
		String secret = Totp.newSecret();
		assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
		assertThat(Base32.encode(Base32.decode(secret))).isEqualTo(secret);
		assertThat(Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
	}

}
