package org.paipmanager.consent.web;

import org.paipmanager.consent.DisclosingInformation;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.shared.ParticipantId;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A participant's disclosure accounting (CON-2): every time information left the program,
 * newest first, with the release or legal exception behind it; and the same as a
 * printable page.
 */
@Controller
@RequestMapping("/participants/{id}/disclosures")
class DisclosureController {

	private final DisclosingInformation disclosures;

	private final ParticipantManagement participants;

	DisclosureController(DisclosingInformation disclosures, ParticipantManagement participants) {
		this.disclosures = disclosures;
		this.participants = participants;
	}

	@GetMapping
	String accounting(@PathVariable ParticipantId id, Model model) {
		model.addAttribute("participant", this.participants.get(id));
		model.addAttribute("entries", this.disclosures.accounting(id));
		return "consent/disclosures";
	}

	@GetMapping("/print")
	String printable(@PathVariable ParticipantId id, Model model) {
		accounting(id, model);
		model.addAttribute("printable", true);
		return "consent/disclosures";
	}

}
