package org.paipmanager.victimcontact;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.paipmanager.shared.ProgramZone;

/** A contact with the victim as recorded. Its {@code toString} names no value. */
public record VictimContact(UUID id, Instant occurredAt, ContactKind kind, ContactDirection direction, String summary,
		boolean safetyChecked, boolean safetyPlanDiscussed, boolean orderOfProtectionDiscussed,
		boolean victimServicesOffered, boolean victimServicesAccepted, String recordedBy) {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ProgramZone.ZONE);

	/** When the contact happened, in Illinois time. */
	public String occurredLocally() {
		return LOCAL.format(this.occurredAt);
	}

	@Override
	public String toString() {
		return "VictimContact[" + this.id + "]";
	}

}
