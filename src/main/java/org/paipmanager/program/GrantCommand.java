package org.paipmanager.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A grant agreement with the Department (501.440(a)): funder, agreement number, grant
 * period, the amount requested in the application and the amount awarded (which may be
 * less, 501.420(c)(3)), the day it was signed, the days after each quarter by which the
 * agreement wants the quarterly expenditure documentation (501.440(b)(2) says quarterly;
 * the day comes from the agreement), and the project budget with its justification line
 * by line (501.400(c)(3), (4)).
 */
public record GrantCommand(
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String funder,
		@NotBlank(message = "{validation.required}") @Size(max = 100,
				message = "{validation.tooLong}") String agreementNumber,
		@NotNull(message = "{validation.required}") LocalDate startsOn,
		@NotNull(message = "{validation.required}") LocalDate endsOn,
		@DecimalMin(value = "0.01", message = "{program.grant.amount}") @Digits(integer = 10, fraction = 2,
				message = "{program.grant.amount}") BigDecimal amountRequested,
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0.01",
				message = "{program.grant.amount}") @Digits(integer = 10, fraction = 2,
						message = "{program.grant.amount}") BigDecimal amountAwarded,
		@NotNull(message = "{validation.required}") LocalDate signedOn,
		@Min(value = 1, message = "{program.grant.reportDueDays}") @Max(value = 120,
				message = "{program.grant.reportDueDays}") int reportDueDays,
		@NotEmpty(message = "{program.grant.linesRequired}") @Size(max = 60,
				message = "{validation.tooLong}") List<@Valid Line> lines) {

	/** The funder of the grants of Subpart C. */
	public static final String DEPARTMENT = "Illinois Department of Human Services";

	public GrantCommand {
		lines = (lines != null) ? List.copyOf(lines) : List.of();
	}

	/** A budget line: a code unique in the grant, its name, the amount and why. */
	public record Line(
			@NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.tooLong}") String code,
			@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
			@NotNull(message = "{validation.required}") @DecimalMin(value = "0.00",
					message = "{program.grant.amount}") @Digits(integer = 10, fraction = 2,
							message = "{program.grant.amount}") BigDecimal budgeted,
			@NotBlank(message = "{program.grant.justification}") @Size(max = 2000,
					message = "{validation.tooLong}") String justification) {
	}

}
