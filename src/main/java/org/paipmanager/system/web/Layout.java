package org.paipmanager.system.web;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.AgencyProfile;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.system.security.SignedInUser;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What the page header shows and what the signed-in user may do, read by the templates as
 * {@code @layout}. A singleton that keeps its answers for the request in a request
 * attribute: as a request-scoped bean, each of a page's dozens of calls went through the
 * scoped proxy and the bean factory (2.7% of a node's CPU in the two nodes drill).
 */
@Component("layout")
class Layout {

	private static final String PER_REQUEST = Layout.class.getName() + ".request";

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	private final AgencyManagement agencies;

	Layout(AgencyManagement agencies) {
		this.agencies = agencies;
	}

	public String agencyName() {
		return request().agency().map(AgencyProfile::name).orElse("");
	}

	public boolean demoAgency() {
		return request().agency().map(AgencyProfile::demo).orElse(false);
	}

	/**
	 * Whether the signed-in user holds the authority: what
	 * {@code sec:authorize="hasAuthority(...)"} answers, from one look at the
	 * authentication per request instead of a Spring Security expression parsed and
	 * evaluated for each guarded element (4.4% of a node's CPU in the two nodes drill).
	 */
	public boolean may(String authority) {
		return request().authorities().contains(authority);
	}

	/** Signed in, at any stage of the sign-in: what {@code isAuthenticated()} answers. */
	public boolean signedIn() {
		return TRUST.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
	}

	public String userName() {
		return SignedInUser.displayName()
			.orElseGet(() -> CurrentActor.get().map((actor) -> actor.username()).orElse(""));
	}

	private PerRequest request() {
		RequestAttributes attributes = RequestContextHolder.currentRequestAttributes();
		if (attributes.getAttribute(PER_REQUEST, RequestAttributes.SCOPE_REQUEST) instanceof PerRequest known) {
			return known;
		}
		PerRequest fresh = new PerRequest(this.agencies, authorities());
		attributes.setAttribute(PER_REQUEST, fresh, RequestAttributes.SCOPE_REQUEST);
		return fresh;
	}

	private static Set<String> authorities() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication == null) ? Set.of()
				: authentication.getAuthorities()
					.stream()
					.map(GrantedAuthority::getAuthority)
					.collect(Collectors.toUnmodifiableSet());
	}

	/** One request's answers; the agency is read only if the page shows it. */
	private static final class PerRequest {

		private final AgencyManagement agencies;

		private final Set<String> authorities;

		private Optional<AgencyProfile> agency;

		PerRequest(AgencyManagement agencies, Set<String> authorities) {
			this.agencies = agencies;
			this.authorities = authorities;
		}

		Set<String> authorities() {
			return this.authorities;
		}

		Optional<AgencyProfile> agency() {
			if (this.agency == null) {
				this.agency = this.agencies.currentAgency();
			}
			return this.agency;
		}

	}

}
