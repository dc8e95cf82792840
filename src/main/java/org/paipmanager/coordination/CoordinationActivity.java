package org.paipmanager.coordination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A logged coordination activity (COO-2), with the partner agency's name as it stood when
 * logged.
 */
public record CoordinationActivity(UUID id, LocalDate occurredOn, CoordinationActivityKind kind, UUID partnerAgencyId,
		String partnerAgencyName, String staff, String description, String recordedBy, Instant recordedAt) {

	public String section() {
		return this.kind.section();
	}

}
