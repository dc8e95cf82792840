package org.paipmanager.fees.web;

import jakarta.validation.Valid;

import org.paipmanager.fees.FeePolicyCommand;
import org.paipmanager.fees.FeePolicyView;
import org.paipmanager.fees.FeesManagement;
import org.paipmanager.fees.FeesRefused;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agency fee policy (501.270): the version in effect, earlier ones, a new version.
 */
@Controller
@RequestMapping("/fees/policy")
class FeePolicyController {

	static final int BLANK_ROWS = 4;

	private final FeesManagement fees;

	FeePolicyController(FeesManagement fees) {
		this.fees = fees;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("policy", this.fees.currentPolicy().orElse(null));
		model.addAttribute("versions", this.fees.policyVersions());
		return "fees/policy";
	}

	@GetMapping("/new")
	String form(Model model) {
		model.addAttribute("form", this.fees.newPolicyVersion().withBlankRows(BLANK_ROWS));
		return "fees/policy-form";
	}

	@PostMapping
	String write(@Valid @ModelAttribute("form") FeePolicyCommand form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return "fees/policy-form";
		}
		try {
			FeePolicyView written = this.fees.writePolicy(form);
			redirect.addFlashAttribute("written", written.versionNumber());
			return "redirect:/fees/policy";
		}
		catch (FeesRefused ex) {
			ex.rejectOn(errors);
			return "fees/policy-form";
		}
		catch (OptimisticLockingFailureException ex) {
			model.addAttribute("conflict", true);
			return "fees/policy-form";
		}
	}

}
