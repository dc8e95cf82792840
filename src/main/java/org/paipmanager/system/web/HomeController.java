package org.paipmanager.system.web;

import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.Permission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final ParticipantManagement participants;

	HomeController(ParticipantManagement participants) {
		this.participants = participants;
	}

	@GetMapping("/")
	String home(Model model) {
		if (CurrentActor.require().hasPermission(Permission.PARTICIPANT_READ)) {
			model.addAttribute("queues", this.participants.workQueues());
		}
		return "system/home";
	}

	@GetMapping("/login")
	String signIn() {
		return "system/login";
	}

}
