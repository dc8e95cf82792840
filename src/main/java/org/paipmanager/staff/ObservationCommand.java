package org.paipmanager.staff;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A supervisor's observation of a facilitator running a group (501.300).
 */
public record ObservationCommand(
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate observedOn,
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.tooLong}") String observerName,
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.tooLong}") String groupObserved,
		@Size(max = 2000, message = "{validation.tooLong}") String notes) {

	public static ObservationCommand blank() {
		return new ObservationCommand(null, "", "", "");
	}

}
