package org.paipmanager.transfer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A recorded transfer from another program (501.250). A later record supersedes, never
 * replaces, an earlier one; the latest holds the credit.
 *
 * @param superseded whether a later record completed or corrected this one
 */
public record TransferIn(UUID id, String formerProgramName, String formerProgramCity, String formerProgramState,
		ProgramJurisdiction jurisdiction, UUID releaseId, LocalDate informationRequestedOn,
		LocalDate informationReceivedOn, boolean intakeDataReceived, String intakeDataSummary, int creditedSessions,
		BigDecimal creditedHours, int additionalSessions, String additionalSessionsReason, String recordedBy,
		Instant recordedAt, boolean superseded) {
}
