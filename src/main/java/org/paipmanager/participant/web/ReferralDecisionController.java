package org.paipmanager.participant.web;

import jakarta.validation.Valid;

import org.paipmanager.participant.ReferralDecision;
import org.paipmanager.participant.ReferralDecisionCommand;
import org.paipmanager.participant.ReferralDecisions;
import org.paipmanager.participant.ReferralNotAwaitingDecision;
import org.paipmanager.shared.ParticipantId;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The accept-or-reject form on the participant page (PAR-2). Every answer returns to the
 * page: errors and refusals travel as flash attributes, so the page that shows them is
 * the one {@link ParticipantController} renders.
 */
@Controller
class ReferralDecisionController {

	private final ReferralDecisions decisions;

	ReferralDecisionController(ReferralDecisions decisions) {
		this.decisions = decisions;
	}

	@PostMapping("/participants/{id}/referral-decision")
	String decide(@PathVariable ParticipantId id,
			@Valid @ModelAttribute(ReferralDecisionForm.NAME) ReferralDecisionCommand command, BindingResult errors,
			RedirectAttributes redirect) {
		String page = "redirect:/participants/" + id + "#referral-decision";
		if (errors.hasErrors()) {
			redirect.addFlashAttribute(ReferralDecisionForm.NAME, command);
			redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + ReferralDecisionForm.NAME, errors);
			return page;
		}
		try {
			ReferralDecision decision = this.decisions.decide(id, command);
			redirect.addFlashAttribute("referralDecided", decision.outcome());
		}
		catch (ReferralNotAwaitingDecision ex) {
			redirect.addFlashAttribute("referralDecisionRefused", ex.stage());
		}
		return page;
	}

}
