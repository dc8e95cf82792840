package org.paipmanager.agency;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A party to an inter-agency agreement: an agency of the directory and its role under the
 * agreement (COO-4).
 */
public record AgreementParty(@NotNull(message = "{validation.required}") UUID partnerAgencyId,
		@NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.tooLong}") String role) {
}
