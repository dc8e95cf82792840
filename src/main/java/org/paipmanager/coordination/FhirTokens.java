package org.paipmanager.coordination;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Partner tokens: {@code <credential id>.<secret>}, the secret 256 random bits in
 * base64url. Only SHA-256 of the secret is stored: a high-entropy secret needs no slow
 * hash. Comparison is constant-time, and an unknown credential id costs the same
 * comparison as a known one.
 */
final class FhirTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final byte[] NO_HASH = new byte[32];

	private FhirTokens() {
	}

	record Presented(UUID credentialId, String secret) {

		@Override
		public String toString() {
			return "Presented[credentialId=" + this.credentialId + ", secret=(hidden)]";
		}

	}

	static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static byte[] hash(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every JVM", ex);
		}
	}

	/**
	 * The credential id and secret of an {@code Authorization: Bearer} header, if well
	 * formed.
	 */
	static Optional<Presented> fromHeader(String authorization) {
		if (authorization == null || authorization.length() > 200
				|| !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return Optional.empty();
		}
		String token = authorization.substring(7).strip();
		int dot = token.indexOf('.');
		if (dot != 36 || token.length() < 40) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Presented(UUID.fromString(token.substring(0, dot)), token.substring(dot + 1)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Constant-time: whether the secret hashes to the stored hash (null when unknown).
	 */
	static boolean matches(String secret, byte[] storedHash) {
		byte[] presented = hash(secret);
		boolean known = storedHash != null;
		return MessageDigest.isEqual(presented, known ? storedHash : NO_HASH) && known;
	}

}
