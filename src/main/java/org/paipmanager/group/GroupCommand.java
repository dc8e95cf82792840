package org.paipmanager.group;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new weekly group: schedule, composition, location, capacity, its two facilitators and
 * whether it is a program or a follow-up group (501.240).
 */
public record GroupCommand(
		@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String name,
		@NotNull(message = "{validation.required}") GroupComposition composition,
		@NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.tooLong}") String language,
		@NotNull(message = "{validation.required}") DayOfWeek weekday,
		@NotNull(message = "{validation.required}") LocalTime startsAt,
		@NotNull(message = "{validation.required}") @Min(value = 60, message = "{group.duration.range}") @Max(
				value = 240, message = "{group.duration.range}") Integer durationMinutes,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String location,
		@NotNull(message = "{validation.required}") @Min(value = 1,
				message = "{group.capacity.range}") Integer capacity,
		@NotNull(message = "{validation.required}") UUID facilitatorId,
		@NotNull(message = "{validation.required}") UUID coFacilitatorId,
		@Size(max = 2000, message = "{validation.tooLong}") String facilitatorExceptionReason, GroupPurpose purpose) {

	/** A group set up without saying otherwise is a program group. */
	public GroupCommand {
		purpose = (purpose != null) ? purpose : GroupPurpose.PROGRAM;
	}

	/** A program group (501.90). */
	public GroupCommand(String name, GroupComposition composition, String language, DayOfWeek weekday,
			LocalTime startsAt, Integer durationMinutes, String location, Integer capacity, UUID facilitatorId,
			UUID coFacilitatorId, String facilitatorExceptionReason) {
		this(name, composition, language, weekday, startsAt, durationMinutes, location, capacity, facilitatorId,
				coFacilitatorId, facilitatorExceptionReason, GroupPurpose.PROGRAM);
	}

	/** The documented exception, if one was written. */
	public boolean hasFacilitatorException() {
		return this.facilitatorExceptionReason != null && !this.facilitatorExceptionReason.isBlank();
	}

	public static GroupCommand blank() {
		return new GroupCommand("", null, "English", null, null, 90, "", 12, null, null, "", GroupPurpose.PROGRAM);
	}

}
