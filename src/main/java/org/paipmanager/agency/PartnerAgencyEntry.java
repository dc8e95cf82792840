package org.paipmanager.agency;

import java.util.List;
import java.util.UUID;

/**
 * One entry of the partner-agency directory in full (COO-1). A confidential location's
 * address fields are always empty.
 *
 * @param version for a change to name the state it was made against (stale: 409)
 * @param hsdsId the Open Referral identifier the entry came with from a regional
 * directory, if any
 */
public record PartnerAgencyEntry(UUID id, long version, String name, PartnerAgencyCategory category, String description,
		String phone, String email, String website, String addressLine, String city, String state, String postalCode,
		String county, List<String> countiesServed, List<String> languages, boolean confidentialLocation,
		List<PartnerAgencyContact> contacts, List<PartnerAgencyService> services, String hsdsId) {

	public PartnerAgencyEntry {
		countiesServed = List.copyOf(countiesServed);
		languages = List.copyOf(languages);
		contacts = List.copyOf(contacts);
		services = List.copyOf(services);
	}

	/** The paragraph of 501.105 behind the entry's category. */
	public String section() {
		return this.category.section();
	}

	/** The entry as a command, for a form or an API client to change and send back. */
	public PartnerAgencyCommand toCommand() {
		return new PartnerAgencyCommand(this.name, this.category, this.description, this.phone, this.email,
				this.website, this.addressLine, this.city, this.state, this.postalCode, this.county,
				this.countiesServed, this.languages, this.confidentialLocation, this.contacts, this.services);
	}

}
