package org.paipmanager.agency;

import java.util.UUID;

/**
 * One entry of the partner-agency directory (COO-1).
 *
 * @param confidentialLocation true for shelters and other places whose address is never
 * shown or exported
 */
public record PartnerAgencyListing(UUID id, String name, PartnerAgencyCategory category, String phone, String county,
		boolean confidentialLocation) {
}
