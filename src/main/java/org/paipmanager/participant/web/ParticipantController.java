package org.paipmanager.participant.web;

import jakarta.validation.Valid;

import java.util.List;

import org.paipmanager.participant.CaseNoteCommand;

import org.paipmanager.participant.ChargeType;
import org.paipmanager.participant.DetailsCorrection;
import org.paipmanager.participant.Gender;
import org.paipmanager.participant.OrderOfProtection;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.participant.ReadingParticipantFile;
import org.paipmanager.participant.ReferralCommand;
import org.paipmanager.participant.ReferralSource;
import org.paipmanager.participant.UnknownReferringAgency;
import org.paipmanager.shared.ParticipantId;

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
@RequestMapping("/participants")
class ParticipantController {

	private final ParticipantManagement participants;

	private final ReadingParticipantFile file;

	ParticipantController(ParticipantManagement participants, ReadingParticipantFile file) {
		this.participants = participants;
		this.file = file;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("stages", ProgramStage.values());
		model.addAttribute("genders", Gender.values());
		model.addAttribute("referralSources", ReferralSource.values());
		model.addAttribute("chargeTypes", ChargeType.values());
		model.addAttribute("ordersOfProtection", OrderOfProtection.values());
	}

	@GetMapping
	String list(@RequestParam(required = false) ProgramStage stage, Model model) {
		model.addAttribute("stage", stage);
		model.addAttribute("counts", this.participants.countByStage());
		model.addAttribute("participants", this.participants.list(stage));
		return "participant/list";
	}

	@GetMapping("/new")
	String newReferral(Model model) {
		model.addAttribute("referral", this.participants.newReferral());
		return referralForm(model);
	}

	@PostMapping("/new")
	String refer(@Valid @ModelAttribute("referral") ReferralCommand referral, BindingResult errors,
			@RequestParam(defaultValue = "false") boolean notADuplicate, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return referralForm(model);
		}
		if (!notADuplicate) {
			List<ParticipantDetails> duplicates = this.participants.possibleDuplicates(referral);
			if (!duplicates.isEmpty()) {
				// Warn before saving; the worker confirms it is a different person or a
				// new referral.
				model.addAttribute("duplicates", duplicates);
				return referralForm(model);
			}
		}
		ParticipantId id;
		try {
			id = this.participants.refer(referral);
		}
		catch (UnknownReferringAgency ex) {
			errors.rejectValue("referringAgencyId", "participant.referringAgency.unknown");
			return referralForm(model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/participants/" + id;
	}

	private String referralForm(Model model) {
		model.addAttribute("referringAgencies", this.participants.referringAgencies());
		return "participant/referral";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable ParticipantId id, Model model) {
		ReadingParticipantFile.ParticipantFile file = this.file.read(id);
		model.addAttribute("participant", file.participant());
		model.addAttribute("referringAgency", file.referringAgency());
		model.addAttribute("notes", file.notes());
		model.addAttribute("fileSections", file.sections());
		model.addAttribute("checklist", FileChecklist.of(file.participant(), file.notes(), file.sections()));
		if (!model.containsAttribute("note")) {
			model.addAttribute("note", CaseNoteCommand.blank());
		}
		return "participant/detail";
	}

	@PostMapping("/{id}/notes")
	String addNote(@PathVariable ParticipantId id, @Valid @ModelAttribute("note") CaseNoteCommand note,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return detail(id, model);
		}
		this.participants.addCaseNote(id, note);
		redirect.addFlashAttribute("noteSaved", true);
		return "redirect:/participants/" + id + "#case-notes";
	}

	@GetMapping("/{id}/details")
	String detailsForm(@PathVariable ParticipantId id, Model model) {
		model.addAttribute("correction", this.participants.newCorrection(id));
		return detailsPage(this.participants.get(id), model);
	}

	/** A stale form shows the details as they now stand; the user corrects again. */
	@PostMapping("/{id}/details")
	String correct(@PathVariable ParticipantId id, @Valid @ModelAttribute("correction") DetailsCorrection correction,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.participants.correct(id, correction);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/participants/" + id;
			}
			catch (OptimisticLockingFailureException ex) {
				ParticipantDetails current = this.participants.get(id);
				model.addAttribute("conflict", true);
				// Drop the stale submission so the form shows the current details and
				// version.
				model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "correction");
				model.addAttribute("correction", DetailsCorrection.of(current));
				return detailsPage(current, model);
			}
		}
		return detailsPage(this.participants.get(id), model);
	}

	private String detailsPage(ParticipantDetails participant, Model model) {
		model.addAttribute("participant", participant);
		model.addAttribute("ordersOfProtection", OrderOfProtection.values());
		return "participant/details";
	}

}
