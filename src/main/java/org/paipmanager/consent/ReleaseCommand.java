package org.paipmanager.consent;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A release of information the participant signed (501.210(b), CON-1), holding the
 * elements of 740 ILCS 110/5 and 42 CFR 2.31: the recipient, the specific information,
 * the purpose, whether it is voluntary or required and what refusing means, the right to
 * revoke and to inspect, the expiry date (and an earlier event, if any), who signed and
 * who witnessed it. The program that discloses is the agency recording it.
 *
 * @param partnerAgencyId the directory entry, when the recipient is a partner agency
 * @param recipientName the recipient's name, when it is another recipient
 * @param informationDetail how much and what kind of information, in the release's words
 * @param refusalConsequences what refusing to sign means; required when signing is
 * required for participation (740 ILCS 110/5(b)(5))
 * @param expiryEvent an event or condition that ends the release before its expiry date
 * @param representativeName who signed for the participant, when a representative did
 * @param witnessName the witness who attests the signer's identity (740 ILCS 110/5(c))
 */
public record ReleaseCommand(@NotNull(message = "{validation.required}") RecipientKind recipientKind,
		UUID partnerAgencyId, @Size(max = 200, message = "{validation.tooLong}") @NotBlanket String recipientName,
		@NotEmpty(message = "{consent.release.chooseOne}") Set<InformationCategory> categories,
		@Size(max = 2000, message = "{validation.tooLong}") @NotBlanket String informationDetail,
		@NotEmpty(message = "{consent.release.chooseOne}") Set<ReleasePurpose> purposes,
		@Size(max = 2000, message = "{validation.tooLong}") @NotBlanket String purposeDetail,
		@NotNull(message = "{validation.required}") ReleaseBasis basis,
		@Size(max = 1000, message = "{validation.tooLong}") String refusalConsequences,
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate signedOn,
		@NotNull(message = "{validation.required}") LocalDate expiresOn,
		@Size(max = 500, message = "{validation.tooLong}") String expiryEvent,
		@NotNull(message = "{validation.required}") Signatory signedBy,
		@Size(max = 200, message = "{validation.tooLong}") String representativeName,
		@NotBlank(message = "{consent.release.witnessRequired}") @Size(max = 200,
				message = "{validation.tooLong}") String witnessName,
		@AssertTrue(message = "{consent.release.rightToRevokeRequired}") Boolean rightToRevokeExplained,
		@AssertTrue(message = "{consent.release.rightToInspectRequired}") Boolean rightToInspectExplained) {

	/** What the standard form says refusing a required release means (501.210(a)). */
	static final String STANDARD_REFUSAL_CONSEQUENCES = "Without this release the program cannot report to the "
			+ "referral source and cannot accept the referral.";

	/**
	 * Nothing ticked means an empty choice, which validation refuses.
	 */
	public ReleaseCommand {
		categories = (categories != null) ? Set.copyOf(categories) : Set.of();
		purposes = (purposes != null) ? Set.copyOf(purposes) : Set.of();
		// An unticked box is absent from the form: not explained.
		rightToRevokeExplained = Boolean.TRUE.equals(rightToRevokeExplained);
		rightToInspectExplained = Boolean.TRUE.equals(rightToInspectExplained);
	}

	/** A release ends after the day it was signed. */
	@AssertTrue(message = "{consent.release.expiresBeforeSigned}")
	public boolean isExpiryAfterSigning() {
		return this.signedOn == null || this.expiresOn == null || this.expiresOn.isAfter(this.signedOn);
	}

	/** A partner agency is chosen from the directory; another recipient is named. */
	@AssertTrue(message = "{consent.release.recipientRequired}")
	public boolean isRecipientNamed() {
		if (this.recipientKind == RecipientKind.PARTNER_AGENCY) {
			return this.partnerAgencyId != null;
		}
		if (this.recipientKind == RecipientKind.OTHER) {
			return this.recipientName != null && !this.recipientName.isBlank();
		}
		return true;
	}

	/**
	 * A release required for participation says what refusing means (740 ILCS
	 * 110/5(b)(5)).
	 */
	@AssertTrue(message = "{consent.release.refusalConsequencesRequired}")
	public boolean isRefusalExplained() {
		return this.basis != ReleaseBasis.REQUIRED_FOR_PARTICIPATION
				|| (this.refusalConsequences != null && !this.refusalConsequences.isBlank());
	}

	/** A representative who signs is named (42 CFR 2.31(a)(8)). */
	@AssertTrue(message = "{consent.release.representativeRequired}")
	public boolean isRepresentativeNamed() {
		return this.signedBy != Signatory.LEGAL_REPRESENTATIVE
				|| (this.representativeName != null && !this.representativeName.isBlank());
	}

	/**
	 * The program's standard release form, signed by the participant before a witness:
	 * both rights explained, no expiry event, and where signing is required the form's
	 * standard statement of what refusing means.
	 */
	public static ReleaseCommand signedByParticipant(RecipientKind recipientKind, UUID partnerAgencyId,
			String recipientName, Set<InformationCategory> categories, Set<ReleasePurpose> purposes,
			String purposeDetail, ReleaseBasis basis, LocalDate signedOn, LocalDate expiresOn, String witnessName) {
		String refusal = (basis == ReleaseBasis.REQUIRED_FOR_PARTICIPATION) ? STANDARD_REFUSAL_CONSEQUENCES : null;
		return new ReleaseCommand(recipientKind, partnerAgencyId, recipientName, categories, null, purposes,
				purposeDetail, basis, refusal, signedOn, expiresOn, null, Signatory.PARTICIPANT, null, witnessName,
				true, true);
	}

	/** A release signed today by the participant, to the referral source, for a year. */
	public static ReleaseCommand blank(LocalDate today) {
		return new ReleaseCommand(RecipientKind.REFERRAL_SOURCE, null, "", Set.of(), "", Set.of(), "", null, "", today,
				today.plusYears(1), "", Signatory.PARTICIPANT, "", "", false, false);
	}

}
