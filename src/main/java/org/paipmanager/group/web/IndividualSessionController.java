package org.paipmanager.group.web;

import jakarta.validation.Valid;

import org.paipmanager.group.IndividualSessionCommand;
import org.paipmanager.group.IndividualSessionRationale;
import org.paipmanager.group.IndividualSessionRefused;
import org.paipmanager.group.RecordingIndividualSessions;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Permission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A participant's individual sessions (GRP-5): the list, and for those who record
 * attendance a form whose fifth and later session asks for the rationale of 501.90(a).
 */
@Controller
@RequestMapping("/participants/{id}/individual-sessions")
class IndividualSessionController {

	private final RecordingIndividualSessions sessions;

	private final ParticipantManagement participants;

	IndividualSessionController(RecordingIndividualSessions sessions, ParticipantManagement participants) {
		this.sessions = sessions;
		this.participants = participants;
	}

	@GetMapping
	String page(@PathVariable ParticipantId id, Model model) {
		return render(id, model);
	}

	@PostMapping
	String record(@PathVariable ParticipantId id, @Valid @ModelAttribute("session") IndividualSessionCommand session,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.sessions.record(id, session);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/participants/" + id + "/individual-sessions";
			}
			catch (IndividualSessionRefused refusal) {
				// Each refusal shows on its field; the rule text is in the message.
				refusal.rejectOn(errors);
			}
		}
		return render(id, model);
	}

	private String render(ParticipantId id, Model model) {
		model.addAttribute("participant", this.participants.get(id));
		model.addAttribute("sessions", this.sessions.sessions(id));
		model.addAttribute("needsRationale", this.sessions.nextNeedsRationale(id));
		if (CurrentActor.require().hasPermission(Permission.ATTENDANCE_RECORD)) {
			if (!model.containsAttribute("session")) {
				model.addAttribute("session", this.sessions.newSession());
			}
			model.addAttribute("staff", this.sessions.staffChoices());
			model.addAttribute("rationales", IndividualSessionRationale.values());
		}
		return "group/individual-sessions";
	}

}
