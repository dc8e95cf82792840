package org.paipmanager.program;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A written grievance to the Department against the denial of a protocol application or
 * the removal from the approved list (501.50), with the materials it rests on (501.60).
 *
 * @param receivedOn the day the Department received it; the day filed when left out
 */
public record GrievanceCommand(@NotNull(message = "{validation.required}") UUID applicationId,
		@NotNull(message = "{validation.required}") Action action,
		@NotNull(message = "{validation.required}") LocalDate filedOn, LocalDate receivedOn,
		@NotBlank(message = "{validation.required}") @Size(max = 5000, message = "{validation.tooLong}") String grounds,
		@Size(max = 2000, message = "{validation.tooLong}") String materials) {

	/** The Department action grieved. */
	public enum Action {

		DENIAL, REMOVAL

	}

}
