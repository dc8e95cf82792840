package org.paipmanager.victimcontact;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An action commitment tracked to closure (seed 004, steps 6 and 7). Its {@code toString}
 * names no value.
 *
 * @param ownerAgency the owning agency's name; null for this program
 * @param overdue open past its due date on the day it was read
 */
public record ActionItem(UUID id, UUID ownerInvitation, String ownerAgency, String ownerName, String description,
		LocalDate dueOn, ActionItemStatus status, LocalDate closedOn, String closingNote, long version,
		boolean overdue) {

	/** Open and due before {@code today}: due today is not yet overdue. */
	static boolean overdueOn(LocalDate dueOn, ActionItemStatus status, LocalDate today) {
		return !status.closed() && dueOn.isBefore(today);
	}

	@Override
	public String toString() {
		return "ActionItem[" + this.id + ", " + this.status + "]";
	}

}
