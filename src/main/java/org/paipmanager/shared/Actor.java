package org.paipmanager.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Who is acting: a signed-in staff member, or the system acting for one agency (seeding,
 * scheduled jobs). Every data access runs inside one agency.
 */
public record Actor(StaffId staffId, AgencyId agencyId, String username, Set<Role> roles) implements Serializable {

	public Actor {
		Objects.requireNonNull(agencyId, "agency");
		Objects.requireNonNull(username, "username");
		roles = Set.copyOf(roles);
	}

	/** The system itself, working inside one agency. */
	public static Actor system(AgencyId agencyId) {
		return new Actor(null, agencyId, "system", Set.of());
	}

	/** The staff member's id as stored in database columns; null for the system. */
	public UUID staffUuid() {
		return (this.staffId != null) ? this.staffId.value() : null;
	}

	public boolean isSystem() {
		return this.staffId == null;
	}

	/**
	 * The system holds every permission inside its agency, as {@link SystemScope} grants.
	 */
	public boolean hasPermission(Permission permission) {
		return isSystem() || this.roles.stream().anyMatch((role) -> role.permissions().contains(permission));
	}

}
