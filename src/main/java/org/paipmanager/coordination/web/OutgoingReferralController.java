package org.paipmanager.coordination.web;

import jakarta.validation.Valid;

import org.paipmanager.coordination.CoordinationManagement;
import org.paipmanager.coordination.OutgoingReferralCommand;
import org.paipmanager.coordination.OutgoingReferralRefused;
import org.paipmanager.coordination.ReferralCategory;
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

@Controller
@RequestMapping("/participants/{id}/outgoing-referrals")
class OutgoingReferralController {

	private final CoordinationManagement coordination;

	private final ParticipantManagement participants;

	OutgoingReferralController(CoordinationManagement coordination, ParticipantManagement participants) {
		this.coordination = coordination;
		this.participants = participants;
	}

	@GetMapping
	String page(@PathVariable ParticipantId id, Model model) {
		return render(id, model);
	}

	@PostMapping
	String refer(@PathVariable ParticipantId id, @Valid @ModelAttribute("referral") OutgoingReferralCommand referral,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.coordination.refer(id, referral);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/participants/" + id + "/outgoing-referrals";
			}
			catch (OutgoingReferralRefused refusal) {
				// The refusal shows on its field with the rule section behind it.
				errors.rejectValue(refusal.field(), refusal.messageKey(), new Object[] { refusal.section() },
						refusal.messageKey());
			}
		}
		return render(id, model);
	}

	private String render(ParticipantId id, Model model) {
		model.addAttribute("participant", this.participants.get(id));
		model.addAttribute("referrals", this.coordination.referrals(id));
		if (CurrentActor.require().hasPermission(Permission.PARTICIPANT_WRITE)) {
			if (!model.containsAttribute("referral")) {
				model.addAttribute("referral", this.coordination.newReferral());
			}
			model.addAttribute("partnerAgencies", this.coordination.partnerAgencies());
			model.addAttribute("releases", this.coordination.releaseChoices(id));
			model.addAttribute("categories", ReferralCategory.values());
		}
		return "coordination/referrals";
	}

}
