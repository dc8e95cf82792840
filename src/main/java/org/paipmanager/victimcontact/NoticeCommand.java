package org.paipmanager.victimcontact;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * Information given to the victim about the program, the participant's attendance,
 * threats or progress (501.190(c)). Its {@code toString} names no value.
 */
public record NoticeCommand(
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.notInFuture}") LocalDate givenOn,
		@NotNull(message = "{validation.required}") NoticeTopic topic,
		@NotNull(message = "{validation.required}") NoticeChannel channel,
		@Size(max = 2000, message = "{validation.tooLong}") String note) {

	public static NoticeCommand blank(LocalDate today) {
		return new NoticeCommand(today, null, null, "");
	}

	@Override
	public String toString() {
		return "NoticeCommand[topic=" + this.topic + "]";
	}

}
