package org.paipmanager.system.web;

import org.paipmanager.participant.ParticipantManagement;

import org.springframework.security.core.Authentication;
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
	String home(Authentication authentication, Model model) {
		boolean seesParticipants = authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> "PARTICIPANT_READ".equals(authority.getAuthority()));
		if (seesParticipants) {
			model.addAttribute("queues", this.participants.workQueues());
		}
		return "system/home";
	}

	@GetMapping("/login")
	String signIn() {
		return "system/login";
	}

}
