package org.paipmanager.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A service a partner agency offers, as an Open Referral HSDS service (COO-1).
 */
public record PartnerAgencyService(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
		@Size(max = 2000, message = "{validation.tooLong}") String description) {
}
