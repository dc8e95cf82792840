package org.paipmanager.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

@Table("partner_agency")
class PartnerAgency {

	@Id
	private final UUID id;

	private final UUID agencyId;

	private String name;

	private PartnerAgencyCategory category;

	private String description;

	private String phone;

	private String email;

	private String website;

	private String addressLine;

	private String city;

	private String state;

	private String postalCode;

	private String county;

	private List<String> countiesServed;

	private List<String> languages;

	private boolean confidentialLocation;

	private String hsdsId;

	@MappedCollection(idColumn = "partner_agency_id", keyColumn = "position")
	private List<PartnerAgencyContact> contacts;

	@MappedCollection(idColumn = "partner_agency_id", keyColumn = "position")
	private List<PartnerAgencyService> services;

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
		this.countiesServed = (county != null) ? List.of(county) : List.of();
		this.languages = List.of();
		this.contacts = List.of();
		this.services = List.of();
	}

	static PartnerAgency create(UUID id, UUID agencyId, PartnerAgencyCommand command, String hsdsId) {
		PartnerAgency agency = new PartnerAgency(id, agencyId, null, null, null, null, false, null);
		agency.apply(command);
		agency.hsdsId = hsdsId;
		return agency;
	}

	/**
	 * Takes the command's values; the caller has checked them (no confidential address).
	 */
	void apply(PartnerAgencyCommand command) {
		this.name = command.name().strip();
		this.category = command.category();
		this.description = blankToNull(command.description());
		this.phone = blankToNull(command.phone());
		this.email = blankToNull(command.email());
		this.website = blankToNull(command.website());
		this.confidentialLocation = command.confidentialLocation();
		// 501.105 victim safety: a confidential location's address is never kept.
		this.addressLine = this.confidentialLocation ? null : blankToNull(command.addressLine());
		this.city = this.confidentialLocation ? null : blankToNull(command.city());
		this.state = this.confidentialLocation ? null : blankToNull(command.state());
		this.postalCode = this.confidentialLocation ? null : blankToNull(command.postalCode());
		this.county = blankToNull(command.county());
		this.countiesServed = distinct(command.countiesServed());
		this.languages = distinct(command.languages());
		this.contacts = command.contacts()
			.stream()
			.map((c) -> new PartnerAgencyContact(c.name().strip(), blankToNull(c.role()), blankToNull(c.phone()),
					blankToNull(c.email())))
			.toList();
		this.services = command.services()
			.stream()
			.map((s) -> new PartnerAgencyService(s.name().strip(), blankToNull(s.description())))
			.toList();
	}

	/** Takes the version the change was made against, so a stale one fails on save. */
	void expectVersion(long expected) {
		this.version = expected;
	}

	void identifyAs(String hsdsId) {
		this.hsdsId = hsdsId;
	}

	UUID id() {
		return this.id;
	}

	String hsdsId() {
		return this.hsdsId;
	}

	PartnerAgencyEntry toEntry() {
		return new PartnerAgencyEntry(this.id, (this.version != null) ? this.version : 0, this.name, this.category,
				this.description, this.phone, this.email, this.website, this.addressLine, this.city, this.state,
				this.postalCode, this.county, List.copyOf(orEmpty(this.countiesServed)),
				List.copyOf(orEmpty(this.languages)), this.confidentialLocation, List.copyOf(orEmpty(this.contacts)),
				List.copyOf(orEmpty(this.services)), this.hsdsId);
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

	private static List<String> distinct(List<String> values) {
		List<String> kept = new ArrayList<>();
		for (String value : values) {
			String stripped = value.strip();
			if (!stripped.isEmpty() && kept.stream().noneMatch(stripped::equalsIgnoreCase)) {
				kept.add(stripped);
			}
		}
		return List.copyOf(kept);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
