package org.paipmanager.coordination;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A referral of the participant to a partner agency (501.115(b)(11)(B)).
 *
 * @param releaseId the release that allows it; when empty, the release in force for that
 * agency on that day is found
 */
public record OutgoingReferralCommand(@NotNull(message = "{validation.required}") ReferralCategory category,
		@NotNull(message = "{validation.required}") UUID partnerAgencyId,
		@NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}") String purpose,
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate referredOn,
		UUID releaseId) {

	public static OutgoingReferralCommand blank(LocalDate today) {
		return new OutgoingReferralCommand(null, null, "", today, null);
	}

}
