package org.paipmanager.victimcontact;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * An agency of the directory invited to a service-planning meeting, with when and how the
 * victim's consent form was sent to it before the meeting (seed 004, step 3).
 *
 * @param representativeName who will represent the agency, when known
 */
public record InvitationCommand(@NotNull(message = "{validation.required}") UUID partnerAgencyId,
		@Size(max = 200, message = "{validation.tooLong}") String representativeName,
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate consentSentOn,
		@NotNull(message = "{validation.required}") DeliveryMethod consentSentBy) {

	public static InvitationCommand blank(LocalDate today) {
		return new InvitationCommand(null, "", today, DeliveryMethod.FAX);
	}

}
