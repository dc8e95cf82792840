package org.paipmanager.program;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The continuation plan given to a primary referral source of the partner-agency
 * directory (501.260), on a day and in a way (mail, email, at a meeting).
 */
public record SharingCommand(@NotNull(message = "{validation.required}") UUID partnerAgencyId,
		@NotNull(message = "{validation.required}") LocalDate sharedOn,
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String how) {
}
