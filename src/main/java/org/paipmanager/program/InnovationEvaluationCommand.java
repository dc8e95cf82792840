package org.paipmanager.program;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The evaluation of an approved innovation's efficacy (501.310(a)(4), (5)). */
public record InnovationEvaluationCommand(@NotNull(message = "{validation.required}") LocalDate evaluatedOn,
		@NotNull(message = "{validation.required}") Outcome outcome,
		@NotBlank(message = "{validation.required}") @Size(max = 5000,
				message = "{validation.tooLong}") String findings) {

	/** What the evaluation found. */
	public enum Outcome {

		EFFECTIVE, NOT_EFFECTIVE, INCONCLUSIVE

	}

}
