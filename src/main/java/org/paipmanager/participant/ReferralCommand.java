package org.paipmanager.participant;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * An incoming referral of a person to the program (PAR-1, 501.115(b)(2)).
 */
public record ReferralCommand(
		@NotBlank(message = "{validation.required}") @Size(max = 100,
				message = "{validation.tooLong}") String firstName,
		@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String lastName,
		@NotNull(message = "{validation.required}") @Past(message = "{validation.inPast}") LocalDate dateOfBirth,
		@NotNull(message = "{validation.required}") Gender gender, Boolean sameSexRelationship,
		@NotBlank(message = "{validation.required}") @Size(max = 60,
				message = "{validation.tooLong}") String preferredLanguage,
		@NotNull(message = "{validation.required}") ReferralSource referralSource,
		@Size(max = 60, message = "{validation.tooLong}") String caseNumber,
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate referredOn,
		@Min(value = 0, message = "{participant.priorParticipations.range}") @Max(value = 50,
				message = "{participant.priorParticipations.range}") Integer priorParticipations,
		@Size(max = 4000, message = "{validation.tooLong}") String priorProgramHistory, UUID referringAgencyId,
		@Size(max = 200, message = "{validation.tooLong}") String referringContact, ChargeType chargeType,
		@Size(max = 4000, message = "{validation.tooLong}") String offenceDescription,
		OrderOfProtection orderOfProtection, LocalDate nextCourtDate, LocalDate reportDueOn) {

	/**
	 * An unticked checkbox or an omitted field means no, and no earlier participation.
	 */
	public ReferralCommand {
		sameSexRelationship = Boolean.TRUE.equals(sameSexRelationship);
		priorParticipations = (priorParticipations != null) ? priorParticipations : 0;
	}

	/** A first-time referral. */
	public ReferralCommand(String firstName, String lastName, LocalDate dateOfBirth, Gender gender,
			Boolean sameSexRelationship, String preferredLanguage, ReferralSource referralSource, String caseNumber,
			LocalDate referredOn) {
		this(firstName, lastName, dateOfBirth, gender, sameSexRelationship, preferredLanguage, referralSource,
				caseNumber, referredOn, 0, null);
	}

	/** A referral without the details of the referral papers. */
	public ReferralCommand(String firstName, String lastName, LocalDate dateOfBirth, Gender gender,
			Boolean sameSexRelationship, String preferredLanguage, ReferralSource referralSource, String caseNumber,
			LocalDate referredOn, Integer priorParticipations, String priorProgramHistory) {
		this(firstName, lastName, dateOfBirth, gender, sameSexRelationship, preferredLanguage, referralSource,
				caseNumber, referredOn, priorParticipations, priorProgramHistory, null, null, null, null, null, null,
				null);
	}

	/** Dates the referral source set cannot come before the referral. */
	@AssertTrue(message = "{participant.dueDates.beforeReferral}")
	public boolean isDueAfterReferral() {
		return this.referredOn == null || ((this.nextCourtDate == null || !this.nextCourtDate.isBefore(this.referredOn))
				&& (this.reportDueOn == null || !this.reportDueOn.isBefore(this.referredOn)));
	}

	/** A referral cannot predate the person's birth. */
	@AssertTrue(message = "{participant.referredOn.beforeBirth}")
	public boolean isReferredAfterBirth() {
		return this.dateOfBirth == null || this.referredOn == null || !this.referredOn.isBefore(this.dateOfBirth);
	}

	public static ReferralCommand blank() {
		return new ReferralCommand("", "", null, null, false, "English", null, "", null);
	}

}
