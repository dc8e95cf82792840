package org.paipmanager.system.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238): HMAC-SHA1, 30-second steps, 6 digits, as
 * every authenticator app produces them.
 */
final class Totp {

	static final int STEP_SECONDS = 30;

	private static final int DIGITS = 6;

	/** Steps either side of now that still count, for clocks that drift. */
	private static final int DRIFT_STEPS = 1;

	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	static String newSecret() {
		byte[] secret = new byte[20];
		RANDOM.nextBytes(secret);
		return Base32.encode(secret);
	}

	static long step(Instant time) {
		return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
	}

	static String code(String base32Secret, long step) {
		return code(Base32.decode(base32Secret), step, DIGITS);
	}

	static String code(byte[] key, long step, int digits) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(key, "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0xf;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			int otp = binary % (int) Math.pow(10, digits);
			return String.format("%0" + digits + "d", otp);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA1 is part of every Java platform", ex);
		}
	}

	/** The step whose code matches, if any step within the drift window does. */
	static OptionalLong matchingStep(String base32Secret, String code, Instant now) {
		if (code == null || !code.strip().matches("\\d{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		byte[] given = code.strip().getBytes();
		long current = step(now);
		for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
			if (MessageDigest.isEqual(given, code(base32Secret, step).getBytes())) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

}
