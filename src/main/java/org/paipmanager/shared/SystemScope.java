package org.paipmanager.shared;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work as the system inside one agency (seeding, scheduled jobs, operator commands):
 * the agency scope for row-level security plus an authentication that passes the
 * permission checks of module facades.
 */
public final class SystemScope {

	private SystemScope() {
	}

	public static <T> T callAs(AgencyId agencyId, Supplier<T> work) {
		Actor system = Actor.system(agencyId);
		List<GrantedAuthority> authorities = EnumSet.allOf(Permission.class)
			.stream()
			.<GrantedAuthority>map((permission) -> new SimpleGrantedAuthority(permission.authority()))
			.toList();
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated((ActorPrincipal) () -> system, null, authorities));
		SecurityContextHolder.setContext(context);
		try {
			return CurrentActor.callAs(system, work);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
