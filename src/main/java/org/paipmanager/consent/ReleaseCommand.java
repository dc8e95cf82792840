package org.paipmanager.consent;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A release of information the participant signed (501.210(b), CON-1): to whom, what,
 * why, whether it is voluntary or required, and for how long.
 *
 * @param partnerAgencyId the directory entry, when the recipient is a partner agency
 * @param recipientName the recipient's name, when it is another recipient
 */
public record ReleaseCommand(@NotNull(message = "{validation.required}") RecipientKind recipientKind,
		UUID partnerAgencyId, @Size(max = 200, message = "{validation.tooLong}") String recipientName,
		@NotEmpty(message = "{consent.release.chooseOne}") Set<InformationCategory> categories,
		@NotEmpty(message = "{consent.release.chooseOne}") Set<ReleasePurpose> purposes,
		@Size(max = 2000, message = "{validation.tooLong}") String purposeDetail,
		@NotNull(message = "{validation.required}") ReleaseBasis basis,
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate signedOn,
		@NotNull(message = "{validation.required}") LocalDate expiresOn) {

	/** Nothing ticked means an empty choice, which validation refuses. */
	public ReleaseCommand {
		categories = (categories != null) ? Set.copyOf(categories) : Set.of();
		purposes = (purposes != null) ? Set.copyOf(purposes) : Set.of();
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

	/** A release signed today, to the referral source, for a year. */
	public static ReleaseCommand blank(LocalDate today) {
		return new ReleaseCommand(RecipientKind.REFERRAL_SOURCE, null, "", Set.of(), Set.of(), "", null, today,
				today.plusYears(1));
	}

}
