package org.paipmanager.victimcontact;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * The chair reviewed the written summary with the victim/survivor, who did not attend
 * (seed 004, step 6): when, how and what she said. Its {@code toString} names no value.
 */
public record VictimReviewCommand(
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate reviewedOn,
		@NotNull(message = "{validation.required}") DeliveryMethod reviewMethod,
		@Size(max = 4000, message = "{validation.tooLong}") String victimResponse) {

	public static VictimReviewCommand blank(LocalDate today) {
		return new VictimReviewCommand(today, DeliveryMethod.TELEPHONE, "");
	}

	@Override
	public String toString() {
		return "VictimReviewCommand[method=" + this.reviewMethod + "]";
	}

}
