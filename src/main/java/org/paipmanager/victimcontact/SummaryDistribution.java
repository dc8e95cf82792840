package org.paipmanager.victimcontact;

import java.time.LocalDate;
import java.util.UUID;

/** The written summary sent to one participating agency (seed 004, step 6). */
public record SummaryDistribution(UUID id, UUID invitationId, String agencyName, LocalDate sentOn,
		DeliveryMethod method, String recordedBy) {
}
