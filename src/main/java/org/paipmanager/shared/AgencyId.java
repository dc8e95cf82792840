package org.paipmanager.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a PAIP agency, the tenant that owns every row of case data.
 */
public record AgencyId(@JsonValue UUID value) implements Serializable {

	public AgencyId {
		Objects.requireNonNull(value, "agency id");
	}

	public static AgencyId of(String value) {
		return new AgencyId(UUID.fromString(value));
	}

	public static AgencyId random() {
		return new AgencyId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
