package org.paipmanager.fees;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * Part or all of a participant's balance forgiven, with the reason the fee policy asks
 * for (501.270); never more than is owed.
 */
public record WaiverCommand(
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate waivedOn,
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0.01",
				message = "{fees.payment.range}") @Digits(integer = 10, fraction = 2,
						message = "{fees.amount.cents}") BigDecimal waivedAmount,
		@NotBlank(message = "{validation.required}") @Size(max = 2000,
				message = "{validation.tooLong}") String waiverReason) {

	public static WaiverCommand blank(LocalDate today) {
		return new WaiverCommand(today, null, null);
	}

}
