package org.paipmanager.departmentnotice;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

/**
 * A notification was sent to the Department on {@code sentOn} by {@code method};
 * {@code version} is the version the user read.
 */
public record MarkSentCommand(
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate sentOn,
		@NotNull(message = "{validation.required}") SendingMethod method,
		@NotNull(message = "{validation.required}") Long version) {

	public static MarkSentCommand blank() {
		return new MarkSentCommand(null, null, null);
	}

}
