package org.paipmanager.breakglass;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A request for emergency access: why it cannot wait for someone who may see the record.
 *
 * @param reason at least {@value BreakGlassManagement#MIN_REASON} characters
 */
public record BreakGlassCommand(@NotBlank(message = "{breakGlass.error.reason}") @Size(
		min = BreakGlassManagement.MIN_REASON, max = 2000, message = "{breakGlass.error.reason}") String reason) {

	public static BreakGlassCommand blank() {
		return new BreakGlassCommand("");
	}

}
