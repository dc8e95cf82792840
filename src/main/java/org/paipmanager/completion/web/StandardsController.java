package org.paipmanager.completion.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.completion.CompletionManagement;
import org.paipmanager.completion.CompletionRefused;
import org.paipmanager.completion.StandardCommand;
import org.paipmanager.participant.ReferralSource;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The service standards referral sources and payers set (GRP-6): listed for everyone who
 * reads participant files, set by the director.
 */
@Controller
@RequestMapping("/completion/standards")
class StandardsController {

	private final CompletionManagement completion;

	StandardsController(CompletionManagement completion) {
		this.completion = completion;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("standards", this.completion.standards());
		return "completion/standards";
	}

	@GetMapping("/new")
	String create(Model model) {
		model.addAttribute("standard", StandardCommand.blank());
		return form(null, model);
	}

	@GetMapping("/{standardId}")
	String edit(@PathVariable UUID standardId, Model model) {
		model.addAttribute("standard", this.completion.standard(standardId).toCommand());
		return form(standardId, model);
	}

	@PostMapping({ "", "/{standardId}" })
	String save(@PathVariable(required = false) UUID standardId,
			@Valid @ModelAttribute("standard") StandardCommand standard, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.completion.saveStandard(standardId, standard);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/completion/standards";
			}
			catch (CompletionRefused ex) {
				ex.problems().forEach((field, key) -> errors.rejectValue(field, key));
			}
			catch (OptimisticLockingFailureException ex) {
				model.addAttribute("conflict", true);
			}
		}
		return form(standardId, model);
	}

	private String form(UUID standardId, Model model) {
		model.addAttribute("standardId", standardId);
		model.addAttribute("sources", ReferralSource.values());
		return "completion/standard-form";
	}

}
