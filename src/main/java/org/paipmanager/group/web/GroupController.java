package org.paipmanager.group.web;

import java.time.DayOfWeek;

import jakarta.validation.Valid;

import org.paipmanager.group.GroupCommand;
import org.paipmanager.group.GroupComposition;
import org.paipmanager.group.GroupManagement;
import org.paipmanager.group.GroupRuleViolation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/groups")
class GroupController {

	private final GroupManagement groups;

	GroupController(GroupManagement groups) {
		this.groups = groups;
	}

	@GetMapping
	String schedule(Model model) {
		model.addAttribute("groups", this.groups.schedule());
		return "group/schedule";
	}

	@GetMapping("/new")
	String newGroup(Model model) {
		return form(model, GroupCommand.blank());
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("group") GroupCommand group, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.groups.create(group);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/groups";
			}
			catch (GroupRuleViolation violation) {
				// Each refusal shows on its field with the rule section behind it.
				violation.refusals()
					.forEach((refusal) -> errors.rejectValue(refusal.field(), refusal.messageKey(),
							new Object[] { refusal.section() }, refusal.messageKey()));
			}
		}
		return form(model, group);
	}

	private String form(Model model, GroupCommand group) {
		model.addAttribute("group", group);
		model.addAttribute("compositions", GroupComposition.values());
		model.addAttribute("weekdays", DayOfWeek.values());
		model.addAttribute("facilitators", this.groups.facilitatorChoices());
		return "group/form";
	}

}
