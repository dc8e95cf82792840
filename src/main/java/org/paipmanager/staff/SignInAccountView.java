package org.paipmanager.staff;

import java.util.Set;
import java.util.UUID;

import org.paipmanager.shared.Role;
import org.paipmanager.shared.StaffId;

/**
 * A staff member's sign-in account as an administrator sees it: never the password hash
 * or the second-factor secret.
 */
public record SignInAccountView(UUID accountId, StaffId staffId, String username, String displayName, Set<Role> roles,
		boolean enabled, boolean totpEnrolled, long version) {

	public SignInAccountView {
		roles = Set.copyOf(roles);
	}

}
