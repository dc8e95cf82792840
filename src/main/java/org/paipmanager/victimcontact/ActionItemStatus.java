package org.paipmanager.victimcontact;

/**
 * Where an action commitment of a service-planning meeting stands; done and dropped items
 * are closed.
 */
public enum ActionItemStatus {

	OPEN, IN_PROGRESS, DONE, DROPPED;

	/** Done or dropped: no longer followed up, never overdue. */
	public boolean closed() {
		return this == DONE || this == DROPPED;
	}

}
