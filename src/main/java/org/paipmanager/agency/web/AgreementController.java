package org.paipmanager.agency.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.AgreementCommand;
import org.paipmanager.agency.PartnerAgencyRefused;
import org.paipmanager.agency.RegisteringAgreements;

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
 * The MOU registry (COO-4): agreements with their renewal flags, added and changed (a
 * stale change is a 409).
 */
@Controller
@RequestMapping("/agency/agreements")
class AgreementController {

	private final RegisteringAgreements agreements;

	private final AgencyManagement agencies;

	private final Validator validator;

	AgreementController(RegisteringAgreements agreements, AgencyManagement agencies, Validator validator) {
		this.agreements = agreements;
		this.agencies = agencies;
		this.validator = validator;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("agreements", this.agreements.agreements());
		return "agency/agreements";
	}

	@GetMapping("/new")
	String newAgreement(Model model) {
		model.addAttribute("form", AgreementForm.of(this.agreements.newAgreement()));
		return form(model, null);
	}

	@PostMapping
	String register(@ModelAttribute("form") AgreementForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		AgreementCommand command = checked(form, errors);
		if (!errors.hasErrors()) {
			try {
				this.agreements.register(command);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/agency/agreements";
			}
			catch (PartnerAgencyRefused refused) {
				refused.rejectOn(errors);
			}
		}
		form.padParties();
		return form(model, null);
	}

	@GetMapping("/{agreementId}/edit")
	String edit(@PathVariable UUID agreementId, Model model) {
		model.addAttribute("form", AgreementForm.of(this.agreements.agreementToChange(agreementId)));
		return form(model, agreementId);
	}

	@PostMapping("/{agreementId}")
	String update(@PathVariable UUID agreementId, @ModelAttribute("form") AgreementForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		AgreementCommand command = checked(form, errors);
		if (!errors.hasErrors()) {
			try {
				this.agreements.update(agreementId, form.getVersion(), command);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/agency/agreements";
			}
			catch (PartnerAgencyRefused refused) {
				refused.rejectOn(errors);
			}
			catch (OptimisticLockingFailureException ex) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				model.addAttribute("conflict", true);
			}
		}
		form.padParties();
		return form(model, agreementId);
	}

	private String form(Model model, UUID agreementId) {
		model.addAttribute("agreementId", agreementId);
		model.addAttribute("partnerAgencies", this.agencies.partnerAgencies());
		return "agency/agreement-form";
	}

	private AgreementCommand checked(AgreementForm form, BindingResult errors) {
		AgreementCommand command = form.toCommand();
		for (ConstraintViolation<AgreementCommand> violation : this.validator.validate(command)) {
			String path = violation.getPropertyPath().toString();
			int end = path.indexOf('[');
			String field = (end < 0) ? path : path.substring(0, end);
			if (!errors.hasFieldErrors(field) && !errors.hasFieldErrors(field + "*")) {
				errors.rejectValue(field, "invalid", violation.getMessage());
			}
		}
		return command;
	}

}
