package org.paipmanager.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new version of the agency fee policy (501.270): the sliding scale, the minimum fee,
 * what a reduction or waiver requires and the text participants are shown.
 *
 * @param basedOnVersion the version number the form was read at; 0 when there was none
 * @param bands the scale's rows; a row left wholly blank is ignored
 */
public record FeePolicyCommand(@NotNull(message = "{validation.required}") LocalDate effectiveFrom,
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0.00",
				message = "{fees.amount.range}") @DecimalMax(value = "500.00", message = "{fees.amount.range}") @Digits(
						integer = 10, fraction = 2, message = "{fees.amount.cents}") BigDecimal minimumFee,
		@NotBlank(message = "{validation.required}") @Size(max = 4000,
				message = "{validation.tooLong}") String waiverRequirements,
		@NotBlank(message = "{validation.required}") @Size(max = 8000,
				message = "{validation.tooLong}") String participantText,
		Integer basedOnVersion, @Valid List<Band> bands) {

	public FeePolicyCommand {
		// A row missing from a form or a JSON body counts as blank; the rows keep their
		// places, so a problem is shown on the row that has it.
		bands = (bands != null)
				? List.copyOf(bands.stream().map((band) -> (band != null) ? band : Band.blank()).toList()) : List.of();
	}

	/** One row of the sliding scale; an empty upper end means "and above". */
	public record Band(@Min(value = 1, message = "{fees.scale.householdRange}") Integer householdFrom,
			@Min(value = 1, message = "{fees.scale.householdRange}") Integer householdTo,
			@DecimalMin(value = "0.00", message = "{fees.amount.range}") @Digits(integer = 10, fraction = 2,
					message = "{fees.amount.cents}") BigDecimal incomeFrom,
			@DecimalMin(value = "0.00", message = "{fees.amount.range}") @Digits(integer = 10, fraction = 2,
					message = "{fees.amount.cents}") BigDecimal incomeTo,
			@DecimalMin(value = "0.00", message = "{fees.amount.range}") @DecimalMax(value = "500.00",
					message = "{fees.amount.range}") @Digits(integer = 10, fraction = 2,
							message = "{fees.amount.cents}") BigDecimal fee) {

		public static Band blank() {
			return new Band(null, null, null, null, null);
		}

		boolean isBlank() {
			return this.householdFrom == null && this.householdTo == null && this.incomeFrom == null
					&& this.incomeTo == null && this.fee == null;
		}

	}

	/** This command with blank rows added at the end, for a form. */
	public FeePolicyCommand withBlankRows(int count) {
		List<Band> rows = new ArrayList<>(this.bands);
		for (int i = 0; i < count; i++) {
			rows.add(Band.blank());
		}
		return new FeePolicyCommand(this.effectiveFrom, this.minimumFee, this.waiverRequirements, this.participantText,
				this.basedOnVersion, rows);
	}

}
