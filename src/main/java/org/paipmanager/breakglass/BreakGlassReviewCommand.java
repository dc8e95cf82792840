package org.paipmanager.breakglass;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A director's review of an emergency access.
 *
 * @param outcome whether the access was justified
 * @param note what was found or done, required unless justified
 * @param version the version the form was read at
 */
public record BreakGlassReviewCommand(@NotNull(message = "{breakGlass.error.outcome}") ReviewOutcome outcome,
		@Size(max = 2000) String note, long version) {

	public static BreakGlassReviewCommand blank(long version) {
		return new BreakGlassReviewCommand(null, "", version);
	}

	/** How the review ended. */
	public enum ReviewOutcome {

		JUSTIFIED, NOT_JUSTIFIED, FOLLOW_UP_NEEDED

	}

}
