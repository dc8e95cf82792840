package org.paipmanager.system.security;

import java.util.ArrayList;
import java.util.List;

import org.paipmanager.shared.Actor;
import org.paipmanager.shared.Permission;
import org.paipmanager.shared.Role;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Authorities of the sign-in stages. After the password only the second-factor pages open
 * (after a temporary password, only the page to choose one's own); after the code, the
 * user's roles and permissions apply.
 */
final class SignInAuthorities {

	static final String PASSWORD_VERIFIED = "FACTOR_PASSWORD";

	static final String FULLY_SIGNED_IN = "FACTOR_TOTP";

	/**
	 * The password was a temporary one: choosing the account's own password comes before
	 * the second factor and anything else (ASVS 5.0 6.4.1, ADR 0028).
	 */
	static final String PASSWORD_CHANGE_REQUIRED = "FACTOR_PASSWORD_TEMPORARY";

	private SignInAuthorities() {
	}

	static List<GrantedAuthority> passwordOnly() {
		return List.of(new SimpleGrantedAuthority(PASSWORD_VERIFIED));
	}

	/** After a temporary password: only the page to choose one's own opens. */
	static List<GrantedAuthority> temporaryPassword() {
		return List.of(new SimpleGrantedAuthority(PASSWORD_VERIFIED),
				new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED));
	}

	static boolean changeRequired(org.springframework.security.core.Authentication authentication) {
		return holds(authentication, PASSWORD_CHANGE_REQUIRED);
	}

	/** Past both factors: the user's roles and permissions apply. */
	static boolean fullySignedIn(org.springframework.security.core.Authentication authentication) {
		return holds(authentication, FULLY_SIGNED_IN);
	}

	private static boolean holds(org.springframework.security.core.Authentication authentication, String stage) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> stage.equals(authority.getAuthority()));
	}

	static List<GrantedAuthority> full(Actor actor) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(PASSWORD_VERIFIED));
		authorities.add(new SimpleGrantedAuthority(FULLY_SIGNED_IN));
		for (Role role : actor.roles()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
		}
		for (Permission permission : Permission.values()) {
			if (actor.hasPermission(permission)) {
				authorities.add(new SimpleGrantedAuthority(permission.authority()));
			}
		}
		return authorities;
	}

}
