package org.paipmanager.compliance.web;

import java.util.Arrays;

import org.paipmanager.compliance.ComplianceManagement;
import org.paipmanager.compliance.ComplianceRefused;
import org.paipmanager.compliance.CorrectiveActionCommand;
import org.paipmanager.compliance.CorrectiveActionStatus;
import org.paipmanager.compliance.PolicyCommand;
import org.paipmanager.compliance.PolicyView;
import org.paipmanager.compliance.SubpartBSection;
import org.paipmanager.shared.RecordNotFoundException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ComplianceController {

	private static final String DONE = "done";

	private static final String SELF_CHECK = "redirect:/compliance";

	private final ComplianceManagement compliance;

	ComplianceController(ComplianceManagement compliance) {
		this.compliance = compliance;
	}

	@GetMapping("/compliance")
	String selfCheck(Model model) {
		model.addAttribute("check", this.compliance.selfCheck());
		model.addAttribute("statuses", CorrectiveActionStatus.values());
		return "compliance/self-check";
	}

	@GetMapping("/compliance/policies")
	String policies(Model model) {
		model.addAttribute("policies", this.compliance.policies());
		return "compliance/policies";
	}

	@GetMapping("/compliance/policies/{section}")
	String policy(@PathVariable String section, Model model) {
		PolicyView policy = this.compliance.policy(section(section));
		if (!model.containsAttribute("policyForm")) {
			PolicyForm form = new PolicyForm();
			form.setVersion(policy.version());
			form.setEffectiveOn(this.compliance.today());
			policy.versions().stream().findFirst().ifPresent((latest) -> {
				form.setTitle(latest.title());
				form.setText(latest.text());
			});
			model.addAttribute("policyForm", form);
		}
		model.addAttribute("policy", policy);
		return "compliance/policy";
	}

	@PostMapping("/compliance/policies/{section}")
	String writePolicy(@PathVariable String section, @ModelAttribute("policyForm") PolicyForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		SubpartBSection found = section(section);
		if (!errors.hasErrors()) {
			try {
				int number = this.compliance.writePolicy(new PolicyCommand(found, form.getTitle(), form.getText(),
						form.getEffectiveOn(), form.getVersion()));
				redirect.addFlashAttribute(DONE, "compliance.policy.saved");
				redirect.addFlashAttribute("savedNumber", number);
				return "redirect:/compliance/policies/" + found.section();
			}
			catch (ComplianceRefused refused) {
				refused.rejectOn(errors);
			}
			catch (OptimisticLockingFailureException ex) {
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("conflict", true);
				model.addAttribute("policy", this.compliance.policy(found));
				return "compliance/policy";
			}
		}
		model.addAttribute("formErrors", true);
		model.addAttribute("policy", this.compliance.policy(found));
		return "compliance/policy";
	}

	@GetMapping("/compliance/corrective-actions/new")
	String newAction(@RequestParam(required = false) String section, @RequestParam(required = false) String finding,
			Model model) {
		if (!model.containsAttribute("actionForm")) {
			CorrectiveActionForm form = new CorrectiveActionForm();
			if (section != null) {
				form.setSection(SubpartBSection.of(section).orElse(null));
			}
			form.setFinding(finding);
			model.addAttribute("actionForm", form);
		}
		model.addAttribute("sections", SubpartBSection.values());
		return "compliance/corrective-action";
	}

	@PostMapping("/compliance/corrective-actions")
	String openAction(@ModelAttribute("actionForm") CorrectiveActionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.compliance.openCorrectiveAction(new CorrectiveActionCommand(form.getSection(), form.getFinding(),
						form.getActions(), form.getOwner(), form.getDueOn()));
				redirect.addFlashAttribute(DONE, "compliance.action.opened");
				return SELF_CHECK;
			}
			catch (ComplianceRefused refused) {
				refused.rejectOn(errors);
			}
		}
		model.addAttribute("formErrors", true);
		model.addAttribute("sections", SubpartBSection.values());
		return "compliance/corrective-action";
	}

	@PostMapping("/compliance/corrective-actions/{id}/status")
	String moveAction(@PathVariable java.util.UUID id, @RequestParam(required = false) CorrectiveActionStatus status,
			@RequestParam long version, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.compliance.moveCorrectiveAction(id, status, version);
		}
		catch (OptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
			return selfCheck(model);
		}
		catch (ComplianceRefused refused) {
			model.addAttribute("refused", refused.problems().values().iterator().next());
			return selfCheck(model);
		}
		redirect.addFlashAttribute(DONE, "compliance.action.moved");
		return SELF_CHECK;
	}

	private static SubpartBSection section(String section) {
		return SubpartBSection.of(section)
			.or(() -> Arrays.stream(SubpartBSection.values()).filter((s) -> s.name().equals(section)).findFirst())
			.orElseThrow(() -> new RecordNotFoundException("compliance-policy", section));
	}

}
