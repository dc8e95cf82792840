package org.paipmanager.program;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The Department's response to a grievance, which is final (501.50). */
public record GrievanceResponseCommand(@NotNull(message = "{validation.required}") LocalDate respondedOn,
		@NotNull(message = "{validation.required}") Outcome outcome,
		@Size(max = 5000, message = "{validation.tooLong}") String response) {

	/** Whether the relief the grievance asked for was granted. */
	public enum Outcome {

		RELIEF_GRANTED, RELIEF_DENIED

	}

}
