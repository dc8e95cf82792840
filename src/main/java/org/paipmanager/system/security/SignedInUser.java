package org.paipmanager.system.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The display name of the signed-in staff member, for the page header.
 */
public final class SignedInUser {

	private SignedInUser() {
	}

	public static Optional<String> displayName() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
			return Optional.of(principal.displayName());
		}
		return Optional.empty();
	}

}
