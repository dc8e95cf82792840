package org.paipmanager.victimcontact;

/** Whether the victim/survivor wishes to take part in the meeting (seed 004, step 4). */
public enum VictimParticipation {

	WILL_ATTEND, WILL_NOT_ATTEND, UNDECIDED

}
