package org.paipmanager.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A corrective action plan as listed, with whether it is overdue on {@code today}.
 */
public record CorrectiveActionView(UUID id, SubpartBSection section, String finding, String actions, String owner,
		LocalDate dueOn, CorrectiveActionStatus status, String openedBy, Instant openedAt, long version,
		LocalDate today) {

	/** Still open or in progress after its due date (501.70(b)). */
	public boolean overdue() {
		return this.status.pending() && this.today.isAfter(this.dueOn);
	}

}
