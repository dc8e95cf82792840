package org.paipmanager.staff;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

/**
 * The day something in a personnel record happened: a training plan or a training's
 * documentation sent to the Department (501.290(b)), or the day a person left.
 */
public record DatedCommand(@NotNull(message = "{validation.required}") @PastOrPresent(
		message = "{validation.notInFuture}") LocalDate date) {

	public static DatedCommand blank() {
		return new DatedCommand(null);
	}

}
