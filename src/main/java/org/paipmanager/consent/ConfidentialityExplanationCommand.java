package org.paipmanager.consent;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * What intake explained about confidentiality (501.210(a)): that communication is
 * confidential, each legal exception to it, and the release forms with their purpose and
 * whether each is voluntary or required. Every item must have been explained.
 */
public record ConfidentialityExplanationCommand(
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate explainedOn,
		@NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.tooLong}") String language,
		@AssertTrue(message = "{consent.explanation.mustExplain}") Boolean childAbuseException,
		@AssertTrue(message = "{consent.explanation.mustExplain}") Boolean elderAbuseException,
		@AssertTrue(message = "{consent.explanation.mustExplain}") Boolean suicideException,
		@AssertTrue(message = "{consent.explanation.mustExplain}") Boolean intentToHarmException,
		@AssertTrue(message = "{consent.explanation.mustExplain}") Boolean releaseFormsExplained,
		@Size(max = 2000, message = "{validation.tooLong}") String notes) {

	/** Unticked checkboxes or omitted JSON fields mean not explained. */
	public ConfidentialityExplanationCommand {
		childAbuseException = Boolean.TRUE.equals(childAbuseException);
		elderAbuseException = Boolean.TRUE.equals(elderAbuseException);
		suicideException = Boolean.TRUE.equals(suicideException);
		intentToHarmException = Boolean.TRUE.equals(intentToHarmException);
		releaseFormsExplained = Boolean.TRUE.equals(releaseFormsExplained);
	}

	/** A form for today, in the participant's language. */
	public static ConfidentialityExplanationCommand blank(LocalDate today, String language) {
		return new ConfidentialityExplanationCommand(today, language, false, false, false, false, false, "");
	}

}
