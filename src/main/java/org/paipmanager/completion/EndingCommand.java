package org.paipmanager.completion;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * The end of a participant's program: completed, or terminated with a coded reason
 * (501.160, GRP-9). A termination for {@link TerminationReason#OTHER} is explained.
 *
 * @param reason null for a completion
 */
public record EndingCommand(
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate endedOn,
		TerminationReason reason, @Size(max = 4000, message = "{validation.tooLong}") String explanation) {

	public static EndingCommand blank(LocalDate today) {
		return new EndingCommand(today, null, "");
	}

}
