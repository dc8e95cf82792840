package org.paipmanager.system.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StepUpControllerTests {

	@Test
	void returnsOnlyToPathsInsideTheApplication() {
		assertThat(StepUpController.safeTarget("/victim/participants/1")).isEqualTo("/victim/participants/1");
		assertThat(StepUpController.safeTarget("//evil.example/x")).isEqualTo("/");
		assertThat(StepUpController.safeTarget("https://evil.example/")).isEqualTo("/");
		assertThat(StepUpController.safeTarget("/\\evil.example")).isEqualTo("/");
		assertThat(StepUpController.safeTarget("/a\r\nSet-Cookie: x")).isEqualTo("/");
	}

}
