package org.paipmanager.coordination;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A coordination activity to log (COO-2, 501.105(a)-(c)).
 *
 * @param staff the staff who took part
 */
public record CoordinationActivityCommand(
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate occurredOn,
		@NotNull(message = "{validation.required}") CoordinationActivityKind kind,
		@NotNull(message = "{validation.required}") UUID partnerAgencyId,
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String staff,
		@NotBlank(message = "{validation.required}") @Size(max = 2000,
				message = "{validation.tooLong}") String description) {

	public static CoordinationActivityCommand blank(LocalDate today, String staff) {
		return new CoordinationActivityCommand(today, null, null, staff, "");
	}

}
