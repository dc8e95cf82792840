package org.paipmanager.staff;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.paipmanager.staff.TrainingCategory;

/**
 * A completed training to add to a staff member's ledger (501.290).
 */
public record TrainingCommand(@NotNull(message = "{validation.required}") TrainingCategory category,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String title,
		@Size(max = 200, message = "{validation.tooLong}") String provider,
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate completedOn,
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0.25",
				message = "{training.hours.range}") @DecimalMax(value = "100",
						message = "{training.hours.range}") BigDecimal hours,
		Boolean verified) {

	/** An unticked checkbox or an omitted JSON field means not verified. */
	public TrainingCommand {
		verified = Boolean.TRUE.equals(verified);
	}

	public static TrainingCommand blank() {
		return new TrainingCommand(null, "", "", null, null, false);
	}

}
