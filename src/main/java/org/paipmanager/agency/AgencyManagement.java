package org.paipmanager.agency;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.paipmanager.shared.Actor;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.CurrentActor;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency of the signed-in user and its partner-agency directory. Row-level security
 * limits every query to the current agency.
 */
@Service
public class AgencyManagement {

	private final Agencies agencies;

	private final PartnerAgencies partners;

	AgencyManagement(Agencies agencies, PartnerAgencies partners) {
		this.agencies = agencies;
		this.partners = partners;
	}

	/** The current actor's agency; empty outside an agency scope. */
	@Transactional(readOnly = true)
	public Optional<AgencyProfile> currentAgency() {
		return CurrentActor.get()
			.flatMap((actor) -> this.agencies.findById(actor.agencyId().value()))
			.map(Agency::toProfile);
	}

	@PreAuthorize("hasAuthority('AGENCY_READ')")
	@Transactional(readOnly = true)
	public List<PartnerAgencyListing> partnerAgencies() {
		return this.partners.findAllByOrderByCategoryAscNameAsc().stream().map(PartnerAgency::toListing).toList();
	}

	/**
	 * Registers a new PAIP agency (an operator action, run as that agency's system
	 * actor).
	 */
	@Transactional
	public AgencyId registerAgency(AgencyId id, String name, String shortName, String county, String phone,
			boolean demo) {
		requireScope(id);
		this.agencies.save(Agency.register(id.value(), name, shortName, county, phone, demo));
		return id;
	}

	/** Adds a partner agency to the current agency's directory. */
	@PreAuthorize("hasAuthority('AGENCY_WRITE')")
	@Transactional
	public UUID addPartnerAgency(String name, PartnerAgencyCategory category, String phone, String county,
			boolean confidentialLocation) {
		Actor actor = CurrentActor.require();
		UUID id = UUID.randomUUID();
		this.partners.save(new PartnerAgency(id, actor.agencyId().value(), name, category, phone, county,
				confidentialLocation, null));
		return id;
	}

	/** Whether any agency exists at all (demo seeding runs only on an empty database). */
	@Transactional(readOnly = true)
	public boolean anyAgencyExists() {
		return this.agencies.anyAgencyExists();
	}

	private static void requireScope(AgencyId id) {
		if (!CurrentActor.require().agencyId().equals(id)) {
			throw new IllegalStateException("An agency is registered by its own system actor");
		}
	}

}
