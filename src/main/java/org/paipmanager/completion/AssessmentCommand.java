package org.paipmanager.completion;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A staff assessment of one 501.160(a) criterion: met or not, on which day, on what
 * evidence (GRP-7).
 *
 * @param basedOn the assessment of this criterion the assessor saw, or null when there
 * was none; another assessment recorded in between is a conflict
 */
public record AssessmentCommand(@NotNull(message = "{validation.required}") CompletionCriterion criterion,
		@NotNull(message = "{validation.required}") Boolean met,
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate assessedOn,
		@NotBlank(message = "{validation.required}") @Size(max = 2000,
				message = "{validation.tooLong}") String evidence,
		UUID basedOn) {

}
