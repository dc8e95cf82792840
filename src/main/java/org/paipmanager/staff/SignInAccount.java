package org.paipmanager.staff;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.StaffId;

/**
 * What sign-in needs to know of an account. The password hash and TOTP secret never leave
 * the security code that checks them. {@code temporaryPasswordUntil} is set while the
 * password is one an administrator issued: it works once, before that instant, and the
 * account must then choose its own (ASVS 5.0 6.4.1, ADR 0028).
 */
public record SignInAccount(UUID accountId, StaffId staffId, AgencyId agencyId, String username, String displayName,
		String passwordHash, Set<Role> roles, String totpSecret, long totpLastStep, boolean enabled,
		Instant lockedUntil, Instant temporaryPasswordUntil) {

	public SignInAccount {
		roles = Set.copyOf(roles);
	}

	public boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	/** The password is a temporary one that must be replaced before anything else. */
	public boolean mustChangePassword() {
		return this.temporaryPasswordUntil != null;
	}

	public boolean totpEnrolled() {
		return this.totpSecret != null;
	}

}
