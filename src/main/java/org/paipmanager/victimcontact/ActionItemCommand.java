package org.paipmanager.victimcontact;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An action commitment of a meeting (seed 004, steps 6 and 7): the agency and person who
 * owns it, what is to be done and by when. Its {@code toString} names no value.
 *
 * @param ownerInvitation the invited agency that owns it; null for this program
 */
public record ActionItemCommand(UUID ownerInvitation,
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.tooLong}") String ownerName,
		@NotBlank(message = "{validation.required}") @Size(max = 2000,
				message = "{validation.tooLong}") String actionDescription,
		@NotNull(message = "{validation.required}") LocalDate dueOn) {

	public static ActionItemCommand blank() {
		return new ActionItemCommand(null, "", "", null);
	}

	@Override
	public String toString() {
		return "ActionItemCommand[dueOn=" + this.dueOn + "]";
	}

}
