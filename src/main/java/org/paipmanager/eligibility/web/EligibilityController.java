package org.paipmanager.eligibility.web;

import jakarta.validation.Valid;

import org.paipmanager.eligibility.EligibilityDecisionCommand;
import org.paipmanager.eligibility.EligibilityDecisions;
import org.paipmanager.eligibility.ScreeningNotComplete;
import org.paipmanager.eligibility.domain.EligibilityProposal;
import org.paipmanager.eligibility.domain.EligibilityProposal.Outcome;
import org.paipmanager.eligibility.domain.ScreeningFindings.SubstanceUse;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/participants/{id}/eligibility")
class EligibilityController {

	private final EligibilityDecisions decisions;

	private final ParticipantManagement participants;

	EligibilityController(EligibilityDecisions decisions, ParticipantManagement participants) {
		this.decisions = decisions;
		this.participants = participants;
	}

	@GetMapping
	String page(@PathVariable ParticipantId id, Model model) {
		if (!model.containsAttribute("decision")) {
			boolean prefill = CurrentActor.require().hasPermission(Permission.ELIGIBILITY_DECIDE)
					&& this.decisions.screeningComplete(id);
			model.addAttribute("decision",
					prefill ? this.decisions.newDecision(id) : EligibilityDecisionCommand.blank());
		}
		return render(id, model);
	}

	/** "Show proposal" evaluates without recording; "Record decision" records it. */
	@PostMapping
	String submit(@PathVariable ParticipantId id, @RequestParam(defaultValue = "propose") String action,
			@Valid @ModelAttribute("decision") EligibilityDecisionCommand decision, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return render(id, model);
		}
		EligibilityProposal proposal = this.decisions.propose(decision);
		model.addAttribute("proposal", proposal);
		if (!"decide".equals(action)) {
			return render(id, model);
		}
		if (decision.override() && decision.overrideOutcome() == proposal.outcome()) {
			errors.rejectValue("overrideOutcome", "eligibility.override.sameAsProposal");
			return render(id, model);
		}
		try {
			this.decisions.decide(id, decision);
		}
		catch (ScreeningNotComplete ex) {
			return render(id, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/participants/" + id + "/eligibility";
	}

	private String render(ParticipantId id, Model model) {
		model.addAttribute("participant", this.participants.get(id));
		model.addAttribute("screeningComplete", this.decisions.screeningComplete(id));
		model.addAttribute("history", this.decisions.history(id));
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("substanceUses", SubstanceUse.values());
		return "eligibility/decision";
	}

}
