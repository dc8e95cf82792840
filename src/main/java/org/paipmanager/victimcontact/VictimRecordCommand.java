package org.paipmanager.victimcontact;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A victim or partner of a participant and how to reach them safely (501.190(a),(b)). Its
 * {@code toString} names no value: a command must never reach a log line.
 */
public record VictimRecordCommand(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
		@NotNull(message = "{validation.required}") Relationship relationship,
		@Size(max = 500, message = "{validation.tooLong}") String address,
		@Size(max = 60, message = "{validation.tooLong}") String phone,
		@Size(max = 2000, message = "{validation.tooLong}") String safeContactInstructions, boolean orderOfProtection,
		LocalDate orderOfProtectionExpiresOn) {

	public static VictimRecordCommand blank() {
		return new VictimRecordCommand("", null, "", "", "", false, null);
	}

	@Override
	public String toString() {
		return "VictimRecordCommand[relationship=" + this.relationship + "]";
	}

}
