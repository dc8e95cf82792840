package org.paipmanager.group.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.group.AttendanceCommand;
import org.paipmanager.group.AttendanceRefused;
import org.paipmanager.group.AttendanceStatus;
import org.paipmanager.group.GroupManagement;
import org.paipmanager.group.PlanningCurriculum;
import org.paipmanager.group.RecordingAttendance;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The attendance sheet of one session: everyone in the group on one screen, present for
 * the whole session unless marked otherwise, saved with one click.
 */
@Controller
@RequestMapping("/groups/{id}/attendance")
class AttendanceController {

	/** Half a year of weekly sessions; an older one is opened by its date. */
	static final int RECENT_SESSIONS = 26;

	private final RecordingAttendance attendance;

	private final GroupManagement groups;

	private final PlanningCurriculum curriculum;

	private final Clock clock;

	AttendanceController(RecordingAttendance attendance, GroupManagement groups, PlanningCurriculum curriculum,
			Clock clock) {
		this.attendance = attendance;
		this.groups = groups;
		this.curriculum = curriculum;
		this.clock = clock;
	}

	@GetMapping
	String sheet(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		LocalDate heldOn = (date != null) ? date : LocalDate.now(this.clock);
		if (!model.containsAttribute("sheet")) {
			model.addAttribute("sheet", this.attendance.sheet(id, heldOn));
		}
		return render(id, model);
	}

	@PostMapping
	String record(@PathVariable UUID id, @Valid @ModelAttribute("sheet") AttendanceCommand sheet, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return render(id, model);
		}
		try {
			this.attendance.record(id, sheet);
		}
		catch (AttendanceRefused ex) {
			model.addAttribute("problems", ex.problems());
			return render(id, model);
		}
		catch (OptimisticLockingFailureException ex) {
			model.addAttribute("conflict", true);
			return render(id, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/groups/" + id + "/attendance?date=" + sheet.heldOn();
	}

	private String render(UUID id, Model model) {
		model.addAttribute("group", this.groups.get(id));
		model.addAttribute("statuses", AttendanceStatus.values());
		model.addAttribute("recorded", this.attendance.recordedSessions(id, RECENT_SESSIONS));
		// GRP-1: the sheet shows the topic the session takes in the group's plan.
		AttendanceCommand sheet = (AttendanceCommand) model.getAttribute("sheet");
		model.addAttribute("topic", (sheet != null && sheet.heldOn() != null)
				? this.curriculum.topicOn(id, sheet.heldOn()).orElse(null) : null);
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", java.util.Map.of());
		}
		return "group/attendance";
	}

}
