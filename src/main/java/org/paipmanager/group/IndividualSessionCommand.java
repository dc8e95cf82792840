package org.paipmanager.group;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * An individual session held with one participant instead of group (GRP-5): when, how
 * long, who held it, what it covered, how the participant progressed and why it was
 * individual.
 *
 * @param staffId the staff member who held the session
 * @param reason why this session was individual rather than group
 * @param rationaleCode why group is contraindicated; required from the fifth individual
 * session on (501.90(a))
 * @param rationale the documented rationale in words; required with the code from the
 * fifth individual session on
 */
public record IndividualSessionCommand(
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate heldOn,
		@NotNull(message = "{validation.required}") @Min(value = 15, message = "{individual.minutes.range}") @Max(
				value = 240, message = "{individual.minutes.range}") Integer minutes,
		@NotNull(message = "{validation.required}") UUID staffId,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String topic,
		@NotBlank(message = "{validation.required}") @Size(max = 2000,
				message = "{validation.tooLong}") String progressNote,
		@NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}") String reason,
		IndividualSessionRationale rationaleCode,
		@Size(max = 2000, message = "{validation.tooLong}") String rationale) {

	/** A session held today for an hour, by the staff member recording it. */
	public static IndividualSessionCommand blank(LocalDate today, UUID staffId) {
		return new IndividualSessionCommand(today, 60, staffId, "", "", "", null, "");
	}

}
