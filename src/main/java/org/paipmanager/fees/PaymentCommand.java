package org.paipmanager.fees;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** A payment received from a participant; the system issues the receipt number. */
public record PaymentCommand(
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate paidOn,
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0.01",
				message = "{fees.payment.range}") @DecimalMax(value = "10000.00",
						message = "{fees.payment.range}") @Digits(integer = 10, fraction = 2,
								message = "{fees.amount.cents}") BigDecimal amountPaid,
		@NotNull(message = "{validation.required}") PaymentMethod method,
		@Size(max = 500, message = "{validation.tooLong}") String paymentNote) {

	public static PaymentCommand blank(LocalDate today) {
		return new PaymentCommand(today, null, null, null);
	}

}
