package org.paipmanager.program;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The Department's written disposition of a protocol application (501.40(b), (c)): the
 * PASC's recommendation if known, and approval with the approval period and the renewal
 * date the Department gave (which may follow later, 501.40(a)), or denial with the areas
 * of non-compliance the denial letter outlines.
 */
public record ProtocolDecisionCommand(@NotNull(message = "{validation.required}") Outcome outcome,
		@NotNull(message = "{validation.required}") LocalDate decidedOn,
		@Size(max = 300, message = "{validation.tooLong}") String decisionLetter,
		@Size(max = 2000, message = "{validation.tooLong}") String pascRecommendation, LocalDate approvedFrom,
		LocalDate renewalDueOn, List<@Valid DenialArea> denialAreas) {

	public ProtocolDecisionCommand {
		denialAreas = (denialAreas != null) ? List.copyOf(denialAreas) : List.of();
	}

	/** Approved or denied. */
	public enum Outcome {

		APPROVED, DENIED

	}

	/** An area of non-compliance: the Subpart B section and what the Department found. */
	public record DenialArea(
			@NotBlank(message = "{validation.required}") @Pattern(regexp = "501\\.[0-9]{2,3}.*",
					message = "{program.protocol.denialArea.section}") @Size(max = 40,
							message = "{validation.tooLong}") String section,
			@NotBlank(message = "{validation.required}") @Size(max = 2000,
					message = "{validation.tooLong}") String finding) {
	}

}
