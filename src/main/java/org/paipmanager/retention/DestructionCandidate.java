package org.paipmanager.retention;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A participant whose records may be destroyed since {@code eligibleSince}: the day after
 * the last date of service plus 6 years (501.200(a)).
 */
public record DestructionCandidate(UUID participantId, LocalDate lastServiceOn, LocalDate eligibleSince) {
}
