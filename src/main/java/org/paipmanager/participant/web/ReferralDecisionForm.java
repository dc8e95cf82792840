package org.paipmanager.participant.web;

import org.paipmanager.participant.AlternativeSanction;
import org.paipmanager.participant.ReferralDecisionCommand;
import org.paipmanager.participant.ReferralOutcome;
import org.paipmanager.participant.RejectionReason;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the participant page the referral decision form (PAR-2): a blank one, unless a
 * submission with errors was flashed back. Kept beside {@link ParticipantController}
 * rather than in it, so the form stays one include on the page.
 */
@ControllerAdvice(assignableTypes = ParticipantController.class)
class ReferralDecisionForm {

	static final String NAME = "referralDecision";

	@ModelAttribute
	void referralDecisionForm(Model model) {
		// A flashed submission with its errors is already in the model.
		if (!model.containsAttribute(NAME)) {
			model.addAttribute(NAME, ReferralDecisionCommand.blank());
		}
		model.addAttribute("referralOutcomes", ReferralOutcome.values());
		model.addAttribute("rejectionReasons", RejectionReason.values());
		model.addAttribute("alternativeSanctions", AlternativeSanction.values());
	}

}
