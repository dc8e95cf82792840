package org.paipmanager.group;

/** How a participant took part in one group session (GRP-4). */
public enum AttendanceStatus {

	PRESENT(true), LATE(true), ABSENT(false), EXCUSED(false),
	/** Asked to leave the session; the hours before removal may be recorded. */
	REMOVED(false);

	private final boolean attended;

	AttendanceStatus(boolean attended) {
		this.attended = attended;
	}

	/** Whether the session counts toward the sessions the program requires. */
	public boolean attended() {
		return this.attended;
	}

}
