package org.paipmanager.transfer;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A participant's transfer to another program (501.250, PAR-10).
 *
 * @param releaseId the release of information naming the receiving program
 */
public record TransferOutCommand(
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.tooLong}") String receivingProgramName,
		@NotBlank(message = "{validation.required}") @Size(max = 100,
				message = "{validation.tooLong}") String receivingProgramCity,
		@NotBlank(message = "{validation.required}") @Size(max = 60,
				message = "{validation.tooLong}") String receivingProgramState,
		@NotNull(message = "{validation.required}") ProgramJurisdiction jurisdiction, UUID releaseId,
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate transferredOn) {

	public static TransferOutCommand blank(LocalDate today) {
		return new TransferOutCommand("", "", "Illinois", null, null, today);
	}

}
