package org.paipmanager.fees;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.paipmanager.fees.domain.FeeAdjustment;

/**
 * A participant's fee assessment (501.270): household size and monthly income on the
 * sliding scale, and a reduction or waiver with its reason where the policy allows one.
 *
 * @param reductionPercent 1 to 99, for a reduction only
 */
public record FeeAssessmentCommand(
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate assessedOn,
		@NotNull(message = "{validation.required}") @Min(value = 1, message = "{fees.household.range}") @Max(value = 30,
				message = "{fees.household.range}") Integer householdSize,
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0.00",
				message = "{fees.income.range}") @Digits(integer = 10, fraction = 2,
						message = "{fees.amount.cents}") BigDecimal monthlyIncome,
		@NotNull(message = "{validation.required}") FeeAdjustment adjustment,
		@Min(value = 1, message = "{fees.reduction.range}") @Max(value = 99,
				message = "{fees.reduction.range}") Integer reductionPercent,
		@Size(max = 2000, message = "{validation.tooLong}") String adjustmentReason) {

	/** An assessment on the scale, with neither reduction nor waiver. */
	public static FeeAssessmentCommand onScale(LocalDate assessedOn, int householdSize, BigDecimal monthlyIncome) {
		return new FeeAssessmentCommand(assessedOn, householdSize, monthlyIncome, FeeAdjustment.NONE, null, null);
	}

	public static FeeAssessmentCommand blank(LocalDate today) {
		return new FeeAssessmentCommand(today, null, null, FeeAdjustment.NONE, null, null);
	}

}
