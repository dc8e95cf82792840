package org.paipmanager.system.security;

import java.time.Instant;

/**
 * Test access to the current TOTP code of a secret, as an authenticator app would show
 * it.
 */
public final class TotpCodes {

	private TotpCodes() {
	}

	public static String current(String base32Secret) {
		return Totp.code(base32Secret, Totp.step(Instant.now()));
	}

	public static String forStep(String base32Secret, long step) {
		return Totp.code(base32Secret, step);
	}

	/** The time step at {@code instant}, e.g. on the application's moved clock. */
	public static long stepAt(Instant instant) {
		return Totp.step(instant);
	}

	public static long currentStep() {
		return Totp.step(Instant.now());
	}

}
