package org.paipmanager.consent;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * The participant withdrew a release. {@code version} is the version of the release the
 * user read; a stale one is refused as a conflict.
 */
public record RevocationCommand(
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate revokedOn,
		@NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}") String reason,
		@NotNull(message = "{validation.required}") Long version) {

	public static RevocationCommand blank(LocalDate today, long version) {
		return new RevocationCommand(today, "", version);
	}

}
