package org.paipmanager.agency;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("partner_agency")
class PartnerAgency {

	@Id
	private final UUID id;

	private final UUID agencyId;

	private String name;

	private PartnerAgencyCategory category;

	private String phone;

	private String county;

	private boolean confidentialLocation;

	@Version
	private Long version;

	PartnerAgency(UUID id, UUID agencyId, String name, PartnerAgencyCategory category, String phone, String county,
			boolean confidentialLocation, Long version) {
		this.id = id;
		this.agencyId = agencyId;
		this.name = name;
		this.category = category;
		this.phone = phone;
		this.county = county;
		this.confidentialLocation = confidentialLocation;
		this.version = version;
	}

	PartnerAgencyListing toListing() {
		return new PartnerAgencyListing(this.id, this.name, this.category, this.phone, this.county,
				this.confidentialLocation);
	}

}
