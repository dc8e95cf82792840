package org.paipmanager.coordination;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A status a partner on paper reported back, entered by staff: accepted, rejected (with
 * the reason) or completed.
 */
public record ReferralStatusCommand(@NotNull(message = "{validation.required}") UUID referralId,
		@NotNull(message = "{validation.required}") ReferralStatus status,
		@Size(max = 1000, message = "{validation.tooLong}") String reason,
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate reportedOn) {

	public static ReferralStatusCommand blank(LocalDate today) {
		return new ReferralStatusCommand(null, null, "", today);
	}

}
