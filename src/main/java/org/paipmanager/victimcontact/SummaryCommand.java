package org.paipmanager.victimcontact;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

/**
 * Who attended a meeting and the chair's brief written summary of the decisions,
 * agreements and action commitments it generated (seed 004, step 6). Its {@code toString}
 * names no value.
 *
 * @param attendedInvitations the invitations whose agency was represented
 */
public record SummaryCommand(Boolean victimAttended, List<UUID> attendedInvitations,
		@Size(max = 8000, message = "{validation.tooLong}") String decisions,
		@Size(max = 8000, message = "{validation.tooLong}") String agreements,
		@Size(max = 8000, message = "{validation.tooLong}") String commitments) {

	/** An unticked box is no; no agency ticked is an empty list. */
	public SummaryCommand {
		victimAttended = Boolean.TRUE.equals(victimAttended);
		attendedInvitations = (attendedInvitations != null) ? List.copyOf(attendedInvitations) : List.of();
	}

	public static SummaryCommand blank() {
		return new SummaryCommand(false, List.of(), "", "", "");
	}

	@Override
	public String toString() {
		return "SummaryCommand[attended=" + this.attendedInvitations.size() + "]";
	}

}
