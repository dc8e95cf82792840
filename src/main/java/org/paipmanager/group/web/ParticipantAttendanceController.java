package org.paipmanager.group.web;

import org.paipmanager.group.RecordingAttendance;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.shared.ParticipantId;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A participant's session record: every group session with status, hours, homework and
 * the progress note written on the attendance sheet (GRP-10, 501.115(b)(11)(E)).
 */
@Controller
class ParticipantAttendanceController {

	private final RecordingAttendance attendance;

	private final ParticipantManagement participants;

	ParticipantAttendanceController(RecordingAttendance attendance, ParticipantManagement participants) {
		this.attendance = attendance;
		this.participants = participants;
	}

	@GetMapping("/participants/{id}/attendance")
	String sessions(@PathVariable ParticipantId id, Model model) {
		model.addAttribute("participant", this.participants.get(id));
		model.addAttribute("progress", this.attendance.progress(id));
		model.addAttribute("sessions", this.attendance.sessionsOf(id));
		return "group/participant-attendance";
	}

}
