package org.paipmanager.victimcontact;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

/**
 * The victim/survivor's Consent to Release &amp; Receive Information for one agency of
 * the partner-agency directory (seed 004, step 3). Only a consent that covers both
 * releasing and receiving lets the agency be invited.
 *
 * @param partnerAgencyId the agency in the directory
 * @param expiresOn optional end of the consent
 */
public record PlanningConsentCommand(@NotNull(message = "{validation.required}") UUID partnerAgencyId,
		Boolean releaseInformation, Boolean receiveInformation,
		@NotNull(message = "{validation.required}") ConsentForm form,
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate signedOn,
		LocalDate expiresOn) {

	/** An unticked box is no. */
	public PlanningConsentCommand {
		releaseInformation = Boolean.TRUE.equals(releaseInformation);
		receiveInformation = Boolean.TRUE.equals(receiveInformation);
	}

	public static PlanningConsentCommand blank(LocalDate today) {
		return new PlanningConsentCommand(null, true, true, null, today, null);
	}

}
