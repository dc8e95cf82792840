package org.paipmanager.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Candidates listed by one run of the scheduled review, for the director to approve.
 */
public record DestructionBatch(UUID id, LocalDate preparedOn, boolean approved, String approvedBy, Instant approvedAt,
		long version, List<DestructionCandidate> candidates) {

	public DestructionBatch {
		candidates = List.copyOf(candidates);
	}

}
