package org.paipmanager.agency;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A partner agency as entered in the directory (COO-1, 501.105(a)-(c)). A confidential
 * location (a victim shelter) has no address: it is refused rather than kept.
 *
 * @param county the county the agency is in
 * @param countiesServed the counties whose residents it serves
 */
public record PartnerAgencyCommand(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
		@NotNull(message = "{validation.required}") PartnerAgencyCategory category,
		@Size(max = 2000, message = "{validation.tooLong}") String description,
		@Size(max = 50, message = "{validation.tooLong}") String phone,
		@Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}") String email,
		@Size(max = 300, message = "{validation.tooLong}") String website,
		@Size(max = 300, message = "{validation.tooLong}") String addressLine,
		@Size(max = 100, message = "{validation.tooLong}") String city,
		@Size(max = 50, message = "{validation.tooLong}") String state,
		@Size(max = 20, message = "{validation.tooLong}") String postalCode,
		@Size(max = 100, message = "{validation.tooLong}") String county,
		@Size(max = 102, message = "{validation.tooLong}") List<@NotBlank @Size(max = 100) String> countiesServed,
		@Size(max = 50, message = "{validation.tooLong}") List<@NotBlank @Size(max = 100) String> languages,
		boolean confidentialLocation,
		@Size(max = 20, message = "{validation.tooLong}") List<@Valid PartnerAgencyContact> contacts,
		@Size(max = 50, message = "{validation.tooLong}") List<@Valid PartnerAgencyService> services) {

	public PartnerAgencyCommand {
		countiesServed = (countiesServed != null) ? List.copyOf(countiesServed) : List.of();
		languages = (languages != null) ? List.copyOf(languages) : List.of();
		contacts = (contacts != null) ? List.copyOf(contacts) : List.of();
		services = (services != null) ? List.copyOf(services) : List.of();
	}

	/** Whether any part of a street address was given. */
	public boolean hasAddress() {
		return present(this.addressLine) || present(this.city) || present(this.state) || present(this.postalCode);
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
