package org.paipmanager.group.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.group.AppendixAttitude;
import org.paipmanager.group.CurriculumCommand;
import org.paipmanager.group.CurriculumComponent;
import org.paipmanager.group.CurriculumRefused;
import org.paipmanager.group.GroupManagement;
import org.paipmanager.group.PlanningCurriculum;

import org.springframework.dao.OptimisticLockingFailureException;
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

/**
 * The director's editor of a group's curriculum plan (GRP-1): every topic on one page,
 * topics added or removed before the plan is saved at once.
 */
@Controller
@RequestMapping("/groups/{id}/curriculum")
class CurriculumController {

	private final PlanningCurriculum curriculum;

	private final GroupManagement groups;

	CurriculumController(PlanningCurriculum curriculum, GroupManagement groups) {
		this.curriculum = curriculum;
		this.groups = groups;
	}

	@GetMapping
	String editor(@PathVariable UUID id, Model model) {
		model.addAttribute("plan", this.curriculum.planForEditing(id));
		return render(id, model);
	}

	@PostMapping
	String save(@PathVariable UUID id, @Valid @ModelAttribute("plan") CurriculumCommand plan, BindingResult errors,
			@RequestParam(required = false) Integer removeTopic, @RequestParam(required = false) String addTopic,
			Model model, RedirectAttributes redirect) {
		if (removeTopic != null || addTopic != null) {
			// Adding or removing a topic changes only the page; the plan is saved with
			// the
			// Save button.
			List<CurriculumCommand.TopicLine> topics = new ArrayList<>(plan.topics());
			if (removeTopic != null && removeTopic >= 0 && removeTopic < topics.size()) {
				topics.remove(removeTopic.intValue());
			}
			if (addTopic != null) {
				topics.add(CurriculumCommand.TopicLine.blank());
			}
			model.addAttribute("plan", new CurriculumCommand(plan.startsOn(), plan.version(), topics));
			return render(id, model);
		}
		if (errors.hasErrors()) {
			return render(id, model);
		}
		try {
			this.curriculum.update(id, plan);
		}
		catch (CurriculumRefused refused) {
			// Each refusal shows on its field, naming the rule (501.90(b)(4)).
			refused.refusals()
				.forEach((refusal) -> errors.rejectValue(refusal.field(), refusal.messageKey(),
						refusal.arguments().toArray(), refusal.messageKey()));
			return render(id, model);
		}
		catch (OptimisticLockingFailureException ex) {
			model.addAttribute("conflict", true);
			return render(id, model);
		}
		redirect.addFlashAttribute("curriculumSaved", true);
		return "redirect:/groups/" + id + "#curriculum";
	}

	private String render(UUID id, Model model) {
		model.addAttribute("group", this.groups.get(id));
		model.addAttribute("components", CurriculumComponent.values());
		model.addAttribute("attitudes", AppendixAttitude.values());
		return "group/curriculum";
	}

}
