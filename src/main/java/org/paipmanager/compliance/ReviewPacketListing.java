package org.paipmanager.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A desk review packet as listed: to whom, for which period, built when and by whom. */
public record ReviewPacketListing(UUID id, String monitorUsername, String monitorName, LocalDate from, LocalDate to,
		int participants, String createdBy, Instant createdAt) {
}
