package org.paipmanager.group;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;

/**
 * The attendance of a group session was recorded or corrected (GRP-4): who attended
 * (present or late) and who did not, as the sheet now stands. Published in the recording
 * transaction; a correction publishes the whole sheet again.
 *
 * @param sessionId the session, the same for every correction of it
 * @param attended participants present or late
 * @param notAttended participants absent, excused or removed
 * @param agencyId the agency whose session it is, for listeners that run after the
 * recording transaction outside the recording user's scope
 */
public record SessionAttendanceRecorded(UUID sessionId, UUID groupId, LocalDate heldOn, Set<ParticipantId> attended,
		Set<ParticipantId> notAttended, AgencyId agencyId) {

	public SessionAttendanceRecorded {
		attended = Set.copyOf(attended);
		notAttended = Set.copyOf(notAttended);
	}

}
