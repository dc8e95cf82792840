package org.paipmanager.shared;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class StepUpVerifiedTests {

	private static final Instant VERIFIED = Instant.parse("2026-11-23T15:00:00Z");

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void opensSensitiveAreasForFifteenMinutes() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("director", null,
					List.of(new StepUpVerified(VERIFIED))));
		assertThat(StepUpVerified.isFresh(VERIFIED.plusSeconds(14 * 60 + 59))).isTrue();
		assertThat(StepUpVerified.isFresh(VERIFIED.plusSeconds(15 * 60))).isFalse();
	}

	@Test
	void isNotFreshWithoutAStepUp() {
		assertThat(StepUpVerified.isFresh(VERIFIED)).isFalse();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("director", null, List.of()));
		assertThat(StepUpVerified.isFresh(VERIFIED)).isFalse();
	}

}
