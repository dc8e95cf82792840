package org.paipmanager.consent;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a signed release of information; disclosures and referrals name the release
 * that allowed them.
 */
public record ReleaseId(@JsonValue UUID value) {

	public ReleaseId {
		Objects.requireNonNull(value, "release id");
	}

	public static ReleaseId of(String value) {
		return new ReleaseId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
