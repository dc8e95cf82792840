package org.paipmanager.agency;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("agency")
class Agency {

	@Id
	private final UUID id;

	private String name;

	private String shortName;

	private String county;

	private String phone;

	private final boolean demo;

	@Version
	private Long version;

	Agency(UUID id, String name, String shortName, String county, String phone, boolean demo, Long version) {
		this.id = id;
		this.name = name;
		this.shortName = shortName;
		this.county = county;
		this.phone = phone;
		this.demo = demo;
		this.version = version;
	}

	static Agency register(UUID id, String name, String shortName, String county, String phone, boolean demo) {
		return new Agency(id, name, shortName, county, phone, demo, null);
	}

	AgencyProfile toProfile() {
		return new AgencyProfile(new org.paipmanager.shared.AgencyId(this.id), this.name, this.shortName, this.county,
				this.phone, this.demo);
	}

}
