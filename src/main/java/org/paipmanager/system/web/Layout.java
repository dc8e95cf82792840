package org.paipmanager.system.web;

import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.AgencyProfile;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.system.security.SignedInUser;

import org.springframework.stereotype.Component;

/**
 * What the page header shows, read by the layout template as {@code @layout}.
 */
@Component("layout")
class Layout {

	private final AgencyManagement agencies;

	Layout(AgencyManagement agencies) {
		this.agencies = agencies;
	}

	public String agencyName() {
		return this.agencies.currentAgency().map(AgencyProfile::name).orElse("");
	}

	public boolean demoAgency() {
		return this.agencies.currentAgency().map(AgencyProfile::demo).orElse(false);
	}

	public String userName() {
		return SignedInUser.displayName()
			.orElseGet(() -> CurrentActor.get().map((actor) -> actor.username()).orElse(""));
	}

}
