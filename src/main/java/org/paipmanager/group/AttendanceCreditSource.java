package org.paipmanager.group;

import java.util.Optional;

import org.paipmanager.shared.ParticipantId;

/**
 * Implemented by a module that credits attendance from elsewhere (transfers, 501.250), so
 * that {@link RecordingAttendance#progress} counts it without the group module depending
 * on that module. The implementation audits its own read.
 */
public interface AttendanceCreditSource {

	/** The participant's credit, or empty when there is none. */
	Optional<AttendanceCredit> creditFor(ParticipantId participant);

}
