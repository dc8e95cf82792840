package org.paipmanager.staff;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.StaffId;

/**
 * What sign-in needs to know of an account. The password hash and TOTP secret never leave
 * the security code that checks them.
 */
public record SignInAccount(UUID accountId, StaffId staffId, AgencyId agencyId, String username, String displayName,
		String passwordHash, Set<Role> roles, String totpSecret, long totpLastStep, boolean enabled,
		Instant lockedUntil) {

	public SignInAccount {
		roles = Set.copyOf(roles);
	}

	public boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	public boolean totpEnrolled() {
		return this.totpSecret != null;
	}

}
