package org.paipmanager.group;

import java.util.UUID;

/**
 * A group's roster by count, for the program's self-check and the Department's desk
 * review (PRG-5, CON-4): no names.
 *
 * @param members participants in the group today
 * @param mixedGender members of more than one gender, or of a gender the group's
 * composition is not for (501.90(d)(3), 501.30(b)(7))
 */
public record GroupRoster(UUID id, String name, GroupPurpose purpose, GroupComposition composition, int capacity,
		int members, UUID facilitatorId, UUID coFacilitatorId, boolean mixedGender) {

	/** Two different facilitators are assigned (501.90(d)(1)). */
	public boolean twoFacilitators() {
		return this.facilitatorId != null && this.coFacilitatorId != null
				&& !this.facilitatorId.equals(this.coFacilitatorId);
	}

}
