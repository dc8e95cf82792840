package org.paipmanager.coordination;

import java.time.Instant;
import java.util.UUID;

import org.paipmanager.agency.PartnerAgencyCategory;

/**
 * A directory entry with how it takes referrals: FHIR at a base URL, or paper when
 * {@code baseUrl} is null.
 */
public record FhirPartner(UUID partnerAgencyId, String name, PartnerAgencyCategory category, String baseUrl,
		Instant tokenIssuedAt) {

	public boolean fhirCapable() {
		return this.baseUrl != null;
	}

}
