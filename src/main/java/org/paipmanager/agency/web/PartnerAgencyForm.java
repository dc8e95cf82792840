package org.paipmanager.agency.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.paipmanager.agency.PartnerAgencyCategory;
import org.paipmanager.agency.PartnerAgencyCommand;
import org.paipmanager.agency.PartnerAgencyContact;
import org.paipmanager.agency.PartnerAgencyEntry;
import org.paipmanager.agency.PartnerAgencyService;

import org.springframework.validation.Errors;

/**
 * The directory entry form: counties and languages comma-separated, services one a line
 * ("name: description"), and a few contact rows of which blank ones are dropped.
 */
public class PartnerAgencyForm {

	static final int CONTACT_ROWS = 3;

	private long version;

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

	private String countiesServed;

	private String languages;

	private boolean confidentialLocation;

	private String services;

	private List<ContactRow> contacts = new ArrayList<>();

	/** One contact row of the form. */
	public static class ContactRow {

		private String name;

		private String role;

		private String phone;

		private String email;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getRole() {
			return this.role;
		}

		public void setRole(String role) {
			this.role = role;
		}

		public String getPhone() {
			return this.phone;
		}

		public void setPhone(String phone) {
			this.phone = phone;
		}

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		boolean blank() {
			return isBlank(this.name) && isBlank(this.role) && isBlank(this.phone) && isBlank(this.email);
		}

	}

	static PartnerAgencyForm of(PartnerAgencyEntry entry) {
		PartnerAgencyForm form = of(entry.toCommand());
		form.version = entry.version();
		return form;
	}

	static PartnerAgencyForm of(PartnerAgencyCommand entry) {
		PartnerAgencyForm form = new PartnerAgencyForm();
		form.name = entry.name();
		form.category = entry.category();
		form.description = entry.description();
		form.phone = entry.phone();
		form.email = entry.email();
		form.website = entry.website();
		form.addressLine = entry.addressLine();
		form.city = entry.city();
		form.state = entry.state();
		form.postalCode = entry.postalCode();
		form.county = entry.county();
		form.countiesServed = String.join(", ", entry.countiesServed());
		form.languages = String.join(", ", entry.languages());
		form.confidentialLocation = entry.confidentialLocation();
		form.services = String.join("\n",
				entry.services()
					.stream()
					.map((s) -> (s.description() != null) ? s.name() + ": " + s.description() : s.name())
					.toList());
		for (PartnerAgencyContact contact : entry.contacts()) {
			ContactRow row = new ContactRow();
			row.name = contact.name();
			row.role = contact.role();
			row.phone = contact.phone();
			row.email = contact.email();
			form.contacts.add(row);
		}
		form.padContacts();
		return form;
	}

	/** Blank contact rows up to the form's minimum, plus one to add a contact. */
	void padContacts() {
		int filled = (int) this.contacts.stream().filter((row) -> !row.blank()).count();
		int wanted = Math.max(CONTACT_ROWS, filled + 1);
		while (this.contacts.size() < wanted) {
			this.contacts.add(new ContactRow());
		}
	}

	/** Rejects contact rows that have details but no name. */
	void check(Errors errors) {
		for (int i = 0; i < this.contacts.size(); i++) {
			ContactRow row = this.contacts.get(i);
			if (!row.blank() && isBlank(row.name)) {
				errors.rejectValue("contacts[" + i + "].name", "validation.required");
			}
		}
	}

	PartnerAgencyCommand toCommand() {
		return new PartnerAgencyCommand(this.name, this.category, this.description, this.phone, this.email,
				this.website, this.addressLine, this.city, this.state, this.postalCode, this.county,
				split(this.countiesServed), split(this.languages), this.confidentialLocation,
				this.contacts.stream()
					.filter((row) -> !row.blank())
					.map((row) -> new PartnerAgencyContact(row.name, row.role, row.phone,
							isBlank(row.email) ? null : row.email.strip()))
					.toList(),
				lines(this.services));
	}

	private static List<String> split(String value) {
		return (value == null) ? List.of()
				: Arrays.stream(value.split("[,;]")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	private static List<PartnerAgencyService> lines(String value) {
		if (value == null) {
			return List.of();
		}
		return value.lines().map(String::strip).filter((line) -> !line.isEmpty()).map((line) -> {
			int colon = line.indexOf(':');
			return (colon > 0)
					? new PartnerAgencyService(line.substring(0, colon).strip(),
							line.substring(colon + 1).strip().isEmpty() ? null : line.substring(colon + 1).strip())
					: new PartnerAgencyService(line, null);
		}).toList();
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public PartnerAgencyCategory getCategory() {
		return this.category;
	}

	public void setCategory(PartnerAgencyCategory category) {
		this.category = category;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getAddressLine() {
		return this.addressLine;
	}

	public void setAddressLine(String addressLine) {
		this.addressLine = addressLine;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getState() {
		return this.state;
	}

	public void setState(String state) {
		this.state = state;
	}

	public String getPostalCode() {
		return this.postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getCounty() {
		return this.county;
	}

	public void setCounty(String county) {
		this.county = county;
	}

	public String getCountiesServed() {
		return this.countiesServed;
	}

	public void setCountiesServed(String countiesServed) {
		this.countiesServed = countiesServed;
	}

	public String getLanguages() {
		return this.languages;
	}

	public void setLanguages(String languages) {
		this.languages = languages;
	}

	public boolean isConfidentialLocation() {
		return this.confidentialLocation;
	}

	public void setConfidentialLocation(boolean confidentialLocation) {
		this.confidentialLocation = confidentialLocation;
	}

	public String getServices() {
		return this.services;
	}

	public void setServices(String services) {
		this.services = services;
	}

	public List<ContactRow> getContacts() {
		return this.contacts;
	}

	public void setContacts(List<ContactRow> contacts) {
		this.contacts = contacts;
	}

}
