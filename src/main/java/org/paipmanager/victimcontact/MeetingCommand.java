package org.paipmanager.victimcontact;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A service-planning meeting about one victim/survivor as the initiating agency
 * representative schedules it (seed 004, steps 1, 2 and 4): why, the victim's permission
 * after the process was explained, chair, when and where (a place or the call details),
 * whether the victim will attend and the interpreter she needs. Its {@code toString}
 * names no value.
 *
 * @param presentedToHart the case was already presented to HART, for which service
 * planning is not meant
 * @param scheduledAt local time in Illinois (Central time)
 * @param place the address of the meeting place, or how to join the call
 * @param interpreterLanguage the spoken language, for a spoken-language interpreter
 */
public record MeetingCommand(@NotNull(message = "{validation.required}") MeetingTrigger trigger,
		@NotNull(message = "{validation.required}") MeetingGround ground, Boolean presentedToHart,
		Boolean processExplained,
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate permissionGivenOn,
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.tooLong}") String chairName,
		@NotNull(message = "{validation.required}") LocalDateTime scheduledAt,
		@NotNull(message = "{validation.required}") MeetingFormat format,
		@NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.tooLong}") String place,
		@NotNull(message = "{validation.required}") VictimParticipation victimParticipation,
		@NotNull(message = "{validation.required}") InterpreterNeed interpreter,
		@Size(max = 100, message = "{validation.tooLong}") String interpreterLanguage,
		@Size(max = 1000, message = "{validation.tooLong}") String interpreterArrangements) {

	/** An unticked box is no. */
	public MeetingCommand {
		presentedToHart = Boolean.TRUE.equals(presentedToHart);
		processExplained = Boolean.TRUE.equals(processExplained);
	}

	/**
	 * An empty form; in most instances the representative who initiated the process
	 * chairs (seed 004, step 4).
	 */
	public static MeetingCommand blank(String initiator, LocalDate today) {
		return new MeetingCommand(null, null, false, false, today, initiator, null, null, "", null,
				InterpreterNeed.NONE, "", "");
	}

	@Override
	public String toString() {
		return "MeetingCommand[format=" + this.format + ", interpreter=" + this.interpreter + "]";
	}

}
