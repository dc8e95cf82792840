package org.paipmanager.fees;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * Takes back a charge entered by hand, a payment or a waiver recorded by mistake: a new
 * entry that cancels it, with the reason; the ledger is never changed.
 */
public record ReversalCommand(@NotNull(message = "{validation.required}") UUID entryId,
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate reversedOn,
		@NotBlank(message = "{validation.required}") @Size(max = 2000,
				message = "{validation.tooLong}") String reversalReason) {

	public static ReversalCommand blank(LocalDate today) {
		return new ReversalCommand(null, today, null);
	}

}
