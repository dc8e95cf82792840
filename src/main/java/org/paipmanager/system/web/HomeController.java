package org.paipmanager.system.web;

import org.paipmanager.agency.RegisteringAgreements;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.breakglass.BreakGlassManagement;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.Permission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final ParticipantManagement participants;

	private final RegisteringAgreements agreements;

	private final BreakGlassManagement breakGlass;

	HomeController(ParticipantManagement participants, RegisteringAgreements agreements,
			BreakGlassManagement breakGlass) {
		this.participants = participants;
		this.agreements = agreements;
		this.breakGlass = breakGlass;
	}

	@GetMapping("/")
	String home(Model model) {
		if (CurrentActor.require().hasPermission(Permission.RELEASED_REPORTS_READ)
				&& !CurrentActor.require().hasPermission(Permission.PARTICIPANT_READ)) {
			// A referral-source viewer's home is the reports released to their office.
			return "redirect:/released-reports";
		}
		if (CurrentActor.require().hasPermission(Permission.PARTICIPANT_READ)) {
			model.addAttribute("queues", this.participants.workQueues());
		}
		if (CurrentActor.require().hasPermission(Permission.BREAK_GLASS_REVIEW)) {
			// The in-app notice of emergency accesses to review (ADR 0023).
			model.addAttribute("breakGlass", this.breakGlass.unreviewed());
		}
		if (CurrentActor.require().hasPermission(Permission.AGENCY_WRITE)) {
			model.addAttribute("agreementsDue", this.agreements.renewalsDue());
		}
		return "system/home";
	}

	@GetMapping("/login")
	String signIn() {
		return "system/login";
	}

}
