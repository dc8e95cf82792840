package org.paipmanager.agency;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A named person to reach at a partner agency (COO-1).
 */
public record PartnerAgencyContact(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
		@Size(max = 200, message = "{validation.tooLong}") String role,
		@Size(max = 50, message = "{validation.tooLong}") String phone,
		@Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}") String email) {
}
