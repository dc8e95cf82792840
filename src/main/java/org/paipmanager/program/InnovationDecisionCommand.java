package org.paipmanager.program;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The Department's decision on a program innovation after the PASC's recommendation
 * (501.310(b)).
 */
public record InnovationDecisionCommand(@NotNull(message = "{validation.required}") Decision decision,
		@NotNull(message = "{validation.required}") LocalDate decidedOn,
		@Size(max = 2000, message = "{validation.tooLong}") String pascRecommendation) {

	/** The Department's final decision. */
	public enum Decision {

		APPROVED, DENIED

	}

}
