package org.paipmanager.compliance;

import java.time.LocalDate;

/**
 * A new version of the written policy for one Subpart B section, approved by the director
 * who saves it (501.70(a)(3)).
 *
 * @param version the policy's version the editor started from; null for the first
 */
public record PolicyCommand(SubpartBSection section, String title, String text, LocalDate effectiveOn, Long version) {
}
