package org.paipmanager.staff;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A professional licence or certification with its expiry (501.280(c)).
 */
public record LicenceCommand(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String kind,
		@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String number,
		@Size(max = 200, message = "{validation.tooLong}") String issuer,
		@NotNull(message = "{validation.required}") LocalDate expiresOn) {

	public static LicenceCommand blank() {
		return new LicenceCommand("", "", "", null);
	}

}
