package org.paipmanager.system.web;

import java.util.Optional;

import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.AgencyProfile;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.system.security.SignedInUser;

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

	public String userName() {
		return SignedInUser.displayName()
			.orElseGet(() -> CurrentActor.get().map((actor) -> actor.username()).orElse(""));
	}

}
