package org.paipmanager.victimcontact;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new status of an action item; closing it (done or dropped) dates it today. Its
 * {@code toString} names no value.
 */
public record ActionItemUpdate(@NotNull(message = "{validation.required}") ActionItemStatus status,
		@Size(max = 2000, message = "{validation.tooLong}") String closingNote) {

	@Override
	public String toString() {
		return "ActionItemUpdate[status=" + this.status + "]";
	}

}
