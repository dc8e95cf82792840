package org.paipmanager.coordination;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a printed referral says: the same minimum as the FHIR resources (participant's
 * name and date of birth, the kind of service, the purpose, who refers and to whom, the
 * release it is sent under). Nothing of a victim.
 */
public record PrintableReferral(UUID referralId, String participantName, LocalDate dateOfBirth,
		ReferralCategory category, String purpose, LocalDate referredOn, LocalDate sentOn, String programName,
		String programPhone, String partnerAgencyName, UUID releaseId) {
}
