package org.paipmanager.coordination.web;

import jakarta.validation.Valid;

import org.paipmanager.coordination.CoordinationActivityCommand;
import org.paipmanager.coordination.CoordinationActivityKind;
import org.paipmanager.coordination.CoordinationActivityRefused;
import org.paipmanager.coordination.LoggingCoordination;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.Permission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordination activity log and the 501.105 compliance panel (COO-2).
 */
@Controller
@RequestMapping("/coordination")
class CoordinationActivityController {

	private final LoggingCoordination coordination;

	CoordinationActivityController(LoggingCoordination coordination) {
		this.coordination = coordination;
	}

	@GetMapping("/activities")
	String page(@RequestParam(required = false) Integer year, Model model) {
		return render((year != null) ? year : this.coordination.currentYear(), model);
	}

	@PostMapping("/activities")
	String log(@Valid @ModelAttribute("activity") CoordinationActivityCommand activity, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.coordination.log(activity);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/coordination/activities";
			}
			catch (CoordinationActivityRefused refused) {
				refused.rejectOn(errors);
			}
		}
		return render(this.coordination.currentYear(), model);
	}

	@PostMapping("/compliance-reason")
	String documentReason(@RequestParam int year, @RequestParam(defaultValue = "") String reason, Model model,
			RedirectAttributes redirect) {
		if (reason.isBlank() || reason.length() > 4000) {
			model.addAttribute("reasonProblem", reason.isBlank() ? "validation.required" : "validation.tooLong");
			model.addAttribute("reason", reason);
			return render(year, model);
		}
		this.coordination.documentReason(year, reason);
		redirect.addFlashAttribute("reasonSaved", true);
		return "redirect:/coordination/activities?year=" + year;
	}

	private String render(int year, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("compliance", this.coordination.compliance(year));
		model.addAttribute("activities", this.coordination.activities(year));
		model.addAttribute("kinds", CoordinationActivityKind.values());
		if (CurrentActor.require().hasPermission(Permission.AGENCY_WRITE)) {
			if (!model.containsAttribute("activity")) {
				model.addAttribute("activity", this.coordination.newActivity());
			}
			model.addAttribute("partnerAgencies", this.coordination.partnerAgencies());
		}
		return "coordination/activities";
	}

}
