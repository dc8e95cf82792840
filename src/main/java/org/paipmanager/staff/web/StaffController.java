package org.paipmanager.staff.web;

import jakarta.validation.Valid;

import org.paipmanager.shared.StaffId;
import org.paipmanager.staff.DatedCommand;
import org.paipmanager.staff.StaffChangeRefused;
import org.paipmanager.staff.LicenceCommand;
import org.paipmanager.staff.ObservationCommand;
import org.paipmanager.staff.StaffDetails;
import org.paipmanager.staff.StaffManagement;
import org.paipmanager.staff.StaffProfileCommand;
import org.paipmanager.staff.TrainingCommand;
import org.paipmanager.staff.TrainingPlanApprovalCommand;
import org.paipmanager.staff.TrainingCategory;

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

@Controller
@RequestMapping("/staff")
class StaffController {

	private final StaffManagement staff;

	StaffController(StaffManagement staff) {
		this.staff = staff;
	}

	@ModelAttribute("trainingCategories")
	TrainingCategory[] trainingCategories() {
		return TrainingCategory.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("members", this.staff.list());
		return "staff/list";
	}

	/**
	 * The staff compliance dashboard (PRG-1..PRG-3): overdue, and due within 30, 60 or 90
	 * days.
	 */
	@GetMapping("/compliance")
	String compliance(@RequestParam(defaultValue = "30") String within, Model model) {
		int days;
		try {
			days = Integer.parseInt(within);
		}
		catch (NumberFormatException ex) {
			days = -1;
		}
		if (!org.paipmanager.staff.domain.ComplianceCalendar.WINDOWS.contains(days)) {
			model.addAttribute("windowError", true);
			days = 30;
		}
		model.addAttribute("dashboard", this.staff.complianceDashboard(days));
		model.addAttribute("windows", java.util.List.of(30, 60, 90));
		return "staff/compliance";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("profile", this.staff.newProfile());
		return "staff/form";
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("profile") StaffProfileCommand profile, BindingResult errors,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return "staff/form";
		}
		StaffId id = this.staff.register(profile);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/staff/" + id;
	}

	@GetMapping("/{id}")
	String detail(@PathVariable StaffId id, Model model) {
		StaffDetails details = this.staff.get(id);
		model.addAttribute("member", details);
		if (!model.containsAttribute("training")) {
			model.addAttribute("training", TrainingCommand.blank());
		}
		if (!model.containsAttribute("observation")) {
			model.addAttribute("observation", ObservationCommand.blank());
		}
		if (!model.containsAttribute("licence")) {
			model.addAttribute("licence", LicenceCommand.blank());
		}
		if (!model.containsAttribute("approval")) {
			model.addAttribute("approval", TrainingPlanApprovalCommand.blank());
		}
		for (String form : java.util.List.of("plan", "evidence", "departure")) {
			if (!model.containsAttribute(form)) {
				model.addAttribute(form, DatedCommand.blank());
			}
		}
		return "staff/detail";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable StaffId id, Model model) {
		StaffDetails details = this.staff.getForEditing(id);
		model.addAttribute("staffId", id);
		model.addAttribute("profile", details.toProfileCommand());
		return "staff/form";
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable StaffId id, @Valid @ModelAttribute("profile") StaffProfileCommand profile,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		model.addAttribute("staffId", id);
		if (errors.hasErrors()) {
			return "staff/form";
		}
		try {
			this.staff.update(id, profile);
		}
		catch (OptimisticLockingFailureException ex) {
			// Keep what this user typed, show what the other user saved, and let them
			// decide.
			StaffDetails current = this.staff.get(id);
			model.addAttribute("conflict", current);
			model.addAttribute("profile", withVersion(profile, current.version()));
			return "staff/form";
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/staff/" + id;
	}

	@PostMapping("/{id}/training")
	String addTraining(@PathVariable StaffId id, @Valid @ModelAttribute("training") TrainingCommand training,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return detail(id, model);
		}
		this.staff.addTraining(id, training);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/staff/" + id + "#training";
	}

	@PostMapping("/{id}/observations")
	String addObservation(@PathVariable StaffId id,
			@Valid @ModelAttribute("observation") ObservationCommand observation, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return detail(id, model);
		}
		this.staff.addObservation(id, observation);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/staff/" + id + "#observations";
	}

	@PostMapping("/{id}/licences")
	String addLicence(@PathVariable StaffId id, @Valid @ModelAttribute("licence") LicenceCommand licence,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return detail(id, model);
		}
		this.staff.addLicence(id, licence);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/staff/" + id + "#licences";
	}

	@PostMapping("/{id}/training-plan")
	String recordTrainingPlan(@PathVariable StaffId id, @Valid @ModelAttribute("plan") DatedCommand plan,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.staff.recordTrainingPlan(id, plan);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/staff/" + id + "#compliance";
			}
			catch (StaffChangeRefused ex) {
				ex.rejectOn(errors);
			}
		}
		return detail(id, model);
	}

	/** 501.290(b): the Department's approval of the training plan. */
	@PostMapping("/{id}/training-plan/approval")
	String recordTrainingPlanApproval(@PathVariable StaffId id,
			@Valid @ModelAttribute("approval") TrainingPlanApprovalCommand approval, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.staff.recordTrainingPlanApproval(id, approval);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/staff/" + id + "#compliance";
			}
			catch (StaffChangeRefused ex) {
				ex.rejectOn(errors);
			}
		}
		return detail(id, model);
	}

	@PostMapping("/{id}/training/{position}/sent")
	String recordEvidenceSent(@PathVariable StaffId id, @PathVariable int position,
			@Valid @ModelAttribute("evidence") DatedCommand evidence, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("evidencePosition", position);
		if (!errors.hasErrors()) {
			try {
				this.staff.recordEvidenceSent(id, position, evidence);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/staff/" + id + "#training";
			}
			catch (StaffChangeRefused ex) {
				ex.rejectOn(errors);
			}
		}
		return detail(id, model);
	}

	@PostMapping("/{id}/departure")
	String recordDeparture(@PathVariable StaffId id, @Valid @ModelAttribute("departure") DatedCommand departure,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.staff.recordDeparture(id, departure);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/staff/" + id;
			}
			catch (StaffChangeRefused ex) {
				ex.rejectOn(errors);
			}
		}
		return detail(id, model);
	}

	private static StaffProfileCommand withVersion(StaffProfileCommand profile, long version) {
		return new StaffProfileCommand(profile.firstName(), profile.lastName(), profile.email(), profile.phone(),
				profile.jobTitle(), profile.hireDate(), profile.supervisor(), profile.formerPerpetrator(),
				profile.abuseFreeSince(), profile.abuseFreeVerifiedOn(), version);
	}

}
