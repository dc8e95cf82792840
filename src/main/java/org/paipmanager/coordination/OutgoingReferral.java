package org.paipmanager.coordination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.paipmanager.consent.ReleaseId;

/**
 * A referral made to another agency, with its purpose and the release that allowed it
 * (501.115(b)(11)(B)).
 *
 * @param partnerAgencyName the agency's name on the day of the referral
 */
public record OutgoingReferral(UUID id, ReferralCategory category, UUID partnerAgencyId, String partnerAgencyName,
		String purpose, LocalDate referredOn, ReleaseId releaseId, String recordedBy, Instant recordedAt) {
}
