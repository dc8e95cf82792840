package org.paipmanager.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A participant's transfer from another program (501.250, PAR-10): the former program,
 * the release the participant signed for it, what was asked and received, and the
 * sessions credited or added.
 *
 * @param releaseId the release of information naming the former program
 * @param informationReceivedOn the day the former program's information arrived, or null
 * while it is awaited
 * @param creditedSessions sessions completed at the former program that count here
 * @param additionalSessions sessions required on top of the 24 of 501.90(a), with the
 * reason
 * @param supersedesId the transfer record this one corrects or completes, as read; null
 * for the first
 */
public record TransferInCommand(
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.tooLong}") String formerProgramName,
		@NotBlank(message = "{validation.required}") @Size(max = 100,
				message = "{validation.tooLong}") String formerProgramCity,
		@NotBlank(message = "{validation.required}") @Size(max = 60,
				message = "{validation.tooLong}") String formerProgramState,
		@NotNull(message = "{validation.required}") ProgramJurisdiction jurisdiction, UUID releaseId,
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate informationRequestedOn,
		@PastOrPresent(message = "{validation.notInFuture}") LocalDate informationReceivedOn,
		Boolean intakeDataReceived, @Size(max = 2000, message = "{validation.tooLong}") String intakeDataSummary,
		@NotNull(message = "{validation.required}") @Min(value = 0, message = "{transfer.sessions.range}") @Max(
				value = 24, message = "{transfer.sessions.range}") Integer creditedSessions,
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0",
				message = "{transfer.hours.range}") @DecimalMax(value = "36",
						message = "{transfer.hours.range}") BigDecimal creditedHours,
		@NotNull(message = "{validation.required}") @Min(value = 0, message = "{transfer.sessions.range}") @Max(
				value = 24, message = "{transfer.sessions.range}") Integer additionalSessions,
		@Size(max = 2000, message = "{validation.tooLong}") String additionalSessionsReason, UUID supersedesId) {

	public TransferInCommand {
		intakeDataReceived = Boolean.TRUE.equals(intakeDataReceived);
	}

	/** An empty form, the information asked for today. */
	public static TransferInCommand blank(LocalDate today) {
		return new TransferInCommand("", "", "Illinois", null, null, today, null, false, "", 0, BigDecimal.ZERO, 0, "",
				null);
	}

}
