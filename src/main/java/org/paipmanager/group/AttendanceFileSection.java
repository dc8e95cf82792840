package org.paipmanager.group;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.paipmanager.participant.FileChecklistItem;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantFileContent;
import org.paipmanager.participant.ParticipantFileSection;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.Permission;

import org.springframework.stereotype.Component;

/**
 * Attendance in the participant file: item E of 501.115(b)(11), with the count toward 24
 * sessions and 36 hours (501.90(a)) split into group sessions, individual sessions
 * (GRP-5) and sessions credited from a former program (501.250), and a link to the
 * individual sessions.
 */
@Component
class AttendanceFileSection implements ParticipantFileSection {

	private final RecordingAttendance attendance;

	AttendanceFileSection(RecordingAttendance attendance) {
		this.attendance = attendance;
	}

	@Override
	public int order() {
		return 400;
	}

	@Override
	public Optional<ParticipantFileContent> read(ParticipantDetails participant, Actor actor) {
		if (!actor.hasPermission(Permission.PARTICIPANT_READ)) {
			return Optional.empty();
		}
		AttendanceProgress progress = this.attendance.progress(participant.id());
		// With nothing recorded yet, the participant checklist says whether it is due.
		List<FileChecklistItem> answers = (progress.sessionsRecorded() == 0) ? List.of()
				: List.of(new FileChecklistItem('E', true, null));
		return Optional.of(new ParticipantFileContent("group/attendance-file-section",
				Map.of("progress", progress, "participantId", participant.id()), answers));
	}

}
