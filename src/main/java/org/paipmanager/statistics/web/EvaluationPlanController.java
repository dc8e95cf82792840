package org.paipmanager.statistics.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.paipmanager.statistics.EvaluationPlanCommand;
import org.paipmanager.statistics.RegionCommand;
import org.paipmanager.statistics.SharingRegionalAggregates;
import org.paipmanager.statistics.WritingEvaluationPlan;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/statistics/evaluation-plan")
class EvaluationPlanController {

	private final WritingEvaluationPlan plans;

	private final SharingRegionalAggregates regional;

	EvaluationPlanController(WritingEvaluationPlan plans, SharingRegionalAggregates regional) {
		this.plans = plans;
		this.regional = regional;
	}

	@GetMapping
	String page(Model model) {
		return render(model, null);
	}

	@PostMapping
	String save(@Valid @ModelAttribute("plan") EvaluationPlanCommand plan, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return render(model, plan);
		}
		try {
			this.plans.save(plan);
		}
		catch (OptimisticLockingFailureException ex) {
			// A stale edit: the newer revision is shown and the editor's text is kept in
			// the form, nothing is overwritten.
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			return render(model, new EvaluationPlanCommand(this.plans.current().revision(), plan.goals(),
					plan.measures(), plan.dataCollected(), plan.schedule()));
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/statistics/evaluation-plan";
	}

	@PostMapping("/region")
	String assignRegion(@Valid @ModelAttribute("region") RegionCommand region, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return render(model, null);
		}
		this.regional.assignRegion(region);
		redirect.addFlashAttribute("regionSaved", true);
		return "redirect:/statistics/evaluation-plan";
	}

	private String render(Model model, EvaluationPlanCommand edited) {
		if (!model.containsAttribute("region")) {
			model.addAttribute("region", new RegionCommand(this.regional.region()));
		}
		var current = this.plans.current();
		model.addAttribute("current", current);
		model.addAttribute("revisions", this.plans.revisions());
		model.addAttribute("plan", (edited != null) ? edited : current.toCommand());
		return "statistics/evaluation-plan";
	}

}
