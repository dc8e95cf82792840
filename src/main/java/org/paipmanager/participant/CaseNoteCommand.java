package org.paipmanager.participant;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new case note; {@code correctsNoteId} names the note it corrects, if any.
 */
public record CaseNoteCommand(
		@NotBlank(message = "{validation.required}") @Size(max = 10000, message = "{validation.tooLong}") String text,
		UUID correctsNoteId) {

	public static CaseNoteCommand blank() {
		return new CaseNoteCommand("", null);
	}

}
