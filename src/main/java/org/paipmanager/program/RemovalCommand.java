package org.paipmanager.program;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The Department's removal of the program from the protocol approved list (501.70(b)).
 */
public record RemovalCommand(@NotNull(message = "{validation.required}") LocalDate removedOn,
		@NotBlank(message = "{validation.required}") @Size(max = 2000,
				message = "{validation.tooLong}") String reason) {
}
