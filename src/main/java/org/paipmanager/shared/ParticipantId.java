package org.paipmanager.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a participant (a person referred to the program) across modules.
 */
public record ParticipantId(@JsonValue UUID value) implements Serializable {

	public ParticipantId {
		Objects.requireNonNull(value, "participant id");
	}

	public static ParticipantId of(String value) {
		return new ParticipantId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
