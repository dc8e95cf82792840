package org.paipmanager.completion;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * An extension of time in the program (501.160(b), GRP-8): the lack of progress in words,
 * the criteria not yet met, how many more sessions, and when the participant was told.
 */
public record ExtensionCommand(
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate decidedOn,
		@NotBlank(message = "{validation.required}") @Size(
				max = 4000, message = "{validation.tooLong}") String lackOfProgress,
		List<CompletionCriterion> criteriaNotMet,
		@NotNull(message = "{validation.required}") @Min(value = 1,
				message = "{completion.extension.sessionsRange}") @Max(value = 52,
						message = "{completion.extension.sessionsRange}") Integer additionalSessions,
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate participantToldOn) {

	public ExtensionCommand {
		criteriaNotMet = (criteriaNotMet == null) ? List.of() : List.copyOf(criteriaNotMet);
	}

	public static ExtensionCommand blank(LocalDate today) {
		return new ExtensionCommand(today, "", List.of(), 6, today);
	}

}
