package org.paipmanager.fees;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** A charge entered by hand, such as workbook materials. */
public record ChargeCommand(
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate chargedOn,
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0.01",
				message = "{fees.payment.range}") @DecimalMax(value = "10000.00",
						message = "{fees.payment.range}") @Digits(integer = 10, fraction = 2,
								message = "{fees.amount.cents}") BigDecimal chargeAmount,
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.tooLong}") String chargeDescription) {

	public static ChargeCommand blank(LocalDate today) {
		return new ChargeCommand(today, null, null);
	}

}
