package org.paipmanager.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A recorded transfer to another program (501.250).
 *
 * @param groupLeft the group whose membership ended on the transfer date, or null
 */
public record TransferOut(UUID id, String receivingProgramName, String receivingProgramCity,
		String receivingProgramState, ProgramJurisdiction jurisdiction, UUID releaseId, LocalDate transferredOn,
		UUID groupLeft, String recordedBy, Instant recordedAt) {
}
