package org.paipmanager.participant;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

/**
 * A correction of the participant's details as the referral papers and intake gave them
 * (501.115(b)(1)-(2)), made against the version the user read: a stale correction is a
 * conflict, never a silent overwrite. Gender and referral source are not corrected here:
 * group placement and reports depend on them.
 */
public record DetailsCorrection(@NotNull(message = "{validation.required}") Long version,
		@NotBlank(message = "{validation.required}") @Size(max = 100,
				message = "{validation.tooLong}") String firstName,
		@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String lastName,
		@NotNull(message = "{validation.required}") @Past(message = "{validation.inPast}") LocalDate dateOfBirth,
		@NotBlank(message = "{validation.required}") @Size(max = 60,
				message = "{validation.tooLong}") String preferredLanguage,
		@Size(max = 60, message = "{validation.tooLong}") String caseNumber,
		@Size(max = 200, message = "{validation.tooLong}") String referringContact,
		@Size(max = 4000, message = "{validation.tooLong}") String offenceDescription,
		OrderOfProtection orderOfProtection, LocalDate nextCourtDate, LocalDate reportDueOn) {

	/** The participant's details as they stand, to correct. */
	public static DetailsCorrection of(ParticipantDetails participant) {
		ReferralDetails referral = participant.referral();
		return new DetailsCorrection(participant.version(), participant.firstName(), participant.lastName(),
				participant.dateOfBirth(), participant.preferredLanguage(), participant.caseNumber(),
				referral.referringContact(), referral.offenceDescription(), referral.orderOfProtection(),
				referral.nextCourtDate(), referral.reportDueOn());
	}

}
