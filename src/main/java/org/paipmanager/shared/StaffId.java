package org.paipmanager.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a staff member of an agency.
 */
public record StaffId(@JsonValue UUID value) implements Serializable {

	public StaffId {
		Objects.requireNonNull(value, "staff id");
	}

	public static StaffId of(String value) {
		return new StaffId(UUID.fromString(value));
	}

	public static StaffId random() {
		return new StaffId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
