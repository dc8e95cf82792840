package org.paipmanager.staff;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

import org.paipmanager.shared.ProgramZone;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.StaffId;

/**
 * A staff member's sign-in account as an administrator sees it: never the password hash
 * or the second-factor secret. {@code temporaryPasswordUntil} is set while the account
 * still has a temporary password it has not replaced (ADR 0028).
 */
public record SignInAccountView(UUID accountId, StaffId staffId, String username, String displayName, Set<Role> roles,
		boolean enabled, boolean totpEnrolled, Instant temporaryPasswordUntil, long version) {

	public SignInAccountView {
		roles = Set.copyOf(roles);
	}

	/** The account still has to replace a temporary password. */
	public boolean temporaryPassword() {
		return this.temporaryPasswordUntil != null;
	}

	/** When it stops working, in the program's time zone (Illinois), for the page. */
	public LocalDateTime temporaryPasswordUntilInIllinois() {
		return (this.temporaryPasswordUntil != null)
				? LocalDateTime.ofInstant(this.temporaryPasswordUntil, ProgramZone.ZONE) : null;
	}

}
