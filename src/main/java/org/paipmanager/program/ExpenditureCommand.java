package org.paipmanager.program;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An actual expenditure for the purchase of goods or services under a grant
 * (501.440(b)(2)), against a budget line by its code, with the document that shows it
 * (invoice, receipt, payroll register).
 */
public record ExpenditureCommand(
		@NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.tooLong}") String lineCode,
		@NotNull(message = "{validation.required}") LocalDate spentOn,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String payee,
		@NotBlank(message = "{validation.required}") @Size(max = 500,
				message = "{validation.tooLong}") String description,
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0.01",
				message = "{program.grant.amount}") @Digits(integer = 10, fraction = 2,
						message = "{program.grant.amount}") BigDecimal amount,
		@NotBlank(message = "{program.grant.documentRequired}") @Size(max = 200,
				message = "{validation.tooLong}") String documentRef) {
}
