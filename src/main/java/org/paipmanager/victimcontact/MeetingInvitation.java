package org.paipmanager.victimcontact;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An agency invited to a meeting under the victim's consent, with when and how the
 * consent form was sent to it (seed 004, step 3) and whether it attended (null until the
 * summary is recorded).
 *
 * @param consentInForce the victim's consent for the agency is in force today; without it
 * the agency cannot be sent the summary
 */
public record MeetingInvitation(UUID id, UUID partnerAgencyId, String agencyName, String representativeName,
		UUID consentId, LocalDate consentSentOn, DeliveryMethod consentSentBy, Boolean attended, String invitedBy,
		boolean consentInForce) {
}
