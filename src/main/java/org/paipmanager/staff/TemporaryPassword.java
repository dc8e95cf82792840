package org.paipmanager.staff;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

import org.paipmanager.shared.ProgramZone;

/**
 * A password the system generated for an account an administrator created or reset: shown
 * once on the page that issued it, never stored in clear (only its Argon2id hash is
 * kept), never logged or audited. It works for one sign-in before {@code validUntil}, and
 * that sign-in must choose the account's own password first (ASVS 5.0 6.4.1, ADR 0028).
 *
 * @param username the account it signs in to
 * @param password the password in clear, for the issuing page only
 * @param validUntil when it stops working if it was not used
 */
public record TemporaryPassword(String username, String password, Instant validUntil) {

	/** How long an unused temporary password works. */
	public static final Duration VALID_FOR = Duration.ofHours(72);

	/** No 0/o, 1/l/i: read aloud or copied by hand without doubt. */
	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * Twenty random characters in four groups of five, about 99 bits: longer than the 15
	 * characters a chosen password needs, and on no list.
	 */
	static String generate() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			if (i > 0 && i % 5 == 0) {
				password.append('-');
			}
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

	/** Never prints the password, so no log line or exception message can carry it. */
	@Override
	public String toString() {
		return "TemporaryPassword[username=" + this.username + ", validUntil=" + this.validUntil + "]";
	}

	/** When it stops working, in the program's time zone (Illinois), for the page. */
	public LocalDateTime validUntilInIllinois() {
		return (this.validUntil != null) ? LocalDateTime.ofInstant(this.validUntil, ProgramZone.ZONE) : null;
	}

}
