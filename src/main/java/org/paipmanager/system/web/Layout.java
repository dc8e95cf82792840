package org.paipmanager.system.web;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.AgencyProfile;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.system.security.SignedInUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

/**
 * What the page header shows, read by the layout template as {@code @layout}.
 */
@Component("layout")
@RequestScope
class Layout {

	private final AgencyManagement agencies;

	private Optional<AgencyProfile> agency;

	private Set<String> authorities;

	Layout(AgencyManagement agencies) {
		this.agencies = agencies;
	}

	public String agencyName() {
		return agency().map(AgencyProfile::name).orElse("");
	}

	public boolean demoAgency() {
		return agency().map(AgencyProfile::demo).orElse(false);
	}

	// Read once per request: the header asks more than once.
	private Optional<AgencyProfile> agency() {
		if (this.agency == null) {
			this.agency = this.agencies.currentAgency();
		}
		return this.agency;
	}

	/**
	 * Whether the signed-in user holds the authority: what
	 * {@code sec:authorize="hasAuthority(...)"} answers, from one look at the
	 * authentication per request instead of an expression parsed and evaluated for each
	 * of the navigation's links.
	 */
	public boolean may(String authority) {
		if (this.authorities == null) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			this.authorities = (authentication == null) ? Set.of()
					: authentication.getAuthorities()
						.stream()
						.map(GrantedAuthority::getAuthority)
						.collect(Collectors.toUnmodifiableSet());
		}
		return this.authorities.contains(authority);
	}

	public String userName() {
		return SignedInUser.displayName()
			.orElseGet(() -> CurrentActor.get().map((actor) -> actor.username()).orElse(""));
	}

}
