package org.paipmanager.agency;

import org.paipmanager.shared.AgencyId;

/**
 * A PAIP agency as shown in the page header and on its profile page.
 */
public record AgencyProfile(AgencyId id, String name, String shortName, String county, String phone, boolean demo) {
}
