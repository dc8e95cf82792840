package org.paipmanager.contract;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * What a participant's contract is generated with: its language, the sessions required
 * (at least 24 weekly sessions, 501.90(a)) and the fee per session (501.155, 501.270).
 */
public record ContractCommand(
		@NotBlank(message = "{validation.required}") @Pattern(regexp = "en|es",
				message = "{contract.language.invalid}") String language,
		@NotNull(message = "{validation.required}") @Min(value = 24, message = "{contract.sessions.range}") @Max(
				value = 104, message = "{contract.sessions.range}") Integer sessionsRequired,
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0.00",
				message = "{contract.fee.range}") @DecimalMax(value = "500.00",
						message = "{contract.fee.range}") BigDecimal feePerSession) {

	public static ContractCommand forLanguage(String language) {
		return new ContractCommand(language, 24, null);
	}

}
