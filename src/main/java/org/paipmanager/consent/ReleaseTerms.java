package org.paipmanager.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A release of information as the database holds it at the moment of a disclosure: what
 * {@link DisclosureCoverage} checks a request against.
 *
 * @param missingElements message keys of the statutory elements the release lacks
 */
record ReleaseTerms(UUID participantId, RecipientKind recipientKind, UUID partnerAgencyId, String recipientName,
		Set<InformationCategory> categories, Set<ReleasePurpose> purposes, LocalDate signedOn, LocalDate expiresOn,
		LocalDate revokedOn, List<String> missingElements) {

	ReleaseTerms {
		categories = Set.copyOf(categories);
		purposes = Set.copyOf(purposes);
		missingElements = List.copyOf(missingElements);
	}

}
