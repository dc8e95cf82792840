package org.paipmanager.contract;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * The signing of a contract: the day, the name the participant wrote, the program start
 * date, and the signature drawn on screen (a PNG data URL) unless a signed scan is
 * uploaded instead.
 */
public record SigningCommand(
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate signedOn,
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.tooLong}") String signerName,
		@NotNull(message = "{validation.required}") LocalDate programStartDate,
		@Size(max = 700_000, message = "{contract.signature.tooLarge}") String signatureDataUrl) {

	/** The program cannot start before the contract is signed. */
	@AssertTrue(message = "{contract.start.beforeSigning}")
	public boolean isStartAfterSigning() {
		return this.signedOn == null || this.programStartDate == null || !this.programStartDate.isBefore(this.signedOn);
	}

	public static SigningCommand blank(LocalDate today) {
		return new SigningCommand(today, "", today, "");
	}

}
