package org.paipmanager.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A recorded confidentiality explanation (501.210(a)). Every legal exception and the
 * release forms were explained; a row exists only then.
 *
 * @param explainedBy username of the staff member who explained it
 * @param current whether this is the latest explanation; earlier ones stay as history
 */
public record ConfidentialityExplanation(UUID id, LocalDate explainedOn, String language, String notes,
		String explainedBy, Instant recordedAt, boolean current) {
}
