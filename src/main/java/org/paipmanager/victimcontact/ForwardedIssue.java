package org.paipmanager.victimcontact;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What was forwarded to the Chair of the Protocol Committee (seed 004, step 8). Its
 * {@code toString} names no value.
 */
public record ForwardedIssue(UUID id, ForwardedIssueKind kind, String description, String committeeChair,
		LocalDate forwardedOn, DeliveryMethod method, String recordedBy) {

	@Override
	public String toString() {
		return "ForwardedIssue[" + this.id + ", " + this.kind + "]";
	}

}
