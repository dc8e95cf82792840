package org.paipmanager.completion.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.completion.AssessmentCommand;
import org.paipmanager.completion.CompletionCriterion;
import org.paipmanager.completion.CompletionManagement;
import org.paipmanager.completion.CompletionProgress;
import org.paipmanager.completion.CompletionRefused;
import org.paipmanager.completion.EndingCommand;
import org.paipmanager.completion.ExtensionCommand;
import org.paipmanager.completion.ReferrerNoticeCommand;
import org.paipmanager.completion.TerminationReason;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantManagement;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A participant's completion page: the criteria, extensions, and the end of the program
 * (501.160); one page per criterion for its assessments; the certificate where allowed.
 */
@Controller
@RequestMapping("/participants/{id}/completion")
class CompletionController {

	private final CompletionManagement completion;

	private final ParticipantManagement participants;

	private final Clock clock;

	CompletionController(CompletionManagement completion, ParticipantManagement participants, Clock clock) {
		this.completion = completion;
		this.participants = participants;
		this.clock = clock;
	}

	@GetMapping
	String page(@PathVariable ParticipantId id, Model model) {
		return render(id, model);
	}

	@GetMapping("/criteria/{criterion}")
	String criterion(@PathVariable ParticipantId id, @PathVariable CompletionCriterion criterion, Model model) {
		return renderCriterion(id, criterion, model);
	}

	@PostMapping("/criteria/{criterion}")
	String assess(@PathVariable ParticipantId id, @PathVariable CompletionCriterion criterion,
			@Valid @ModelAttribute("assessment") AssessmentCommand assessment, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.completion.assess(id, new AssessmentCommand(criterion, assessment.met(), assessment.assessedOn(),
						assessment.evidence(), assessment.basedOn()));
				redirect.addFlashAttribute("assessed", true);
				return "redirect:/participants/" + id + "/completion";
			}
			catch (CompletionRefused ex) {
				reject(ex, errors, model);
			}
			catch (OptimisticLockingFailureException ex) {
				model.addAttribute("conflict", true);
			}
		}
		return renderCriterion(id, criterion, model);
	}

	@PostMapping("/extensions")
	String extend(@PathVariable ParticipantId id, @Valid @ModelAttribute("extension") ExtensionCommand extension,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.completion.extend(id, extension);
				redirect.addFlashAttribute("extended", true);
				return "redirect:/participants/" + id + "/completion";
			}
			catch (CompletionRefused ex) {
				reject(ex, errors, model);
			}
		}
		return render(id, model);
	}

	@PostMapping("/extensions/{extensionId}/referrer")
	String referrerTold(@PathVariable ParticipantId id, @PathVariable UUID extensionId,
			@Valid @ModelAttribute("notice") ReferrerNoticeCommand notice, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.completion.recordReferrerTold(id, extensionId, notice);
				redirect.addFlashAttribute("referrerTold", true);
				return "redirect:/participants/" + id + "/completion";
			}
			catch (CompletionRefused ex) {
				reject(ex, errors, model);
			}
			catch (OptimisticLockingFailureException ex) {
				model.addAttribute("conflict", true);
			}
		}
		model.addAttribute("noticeFor", extensionId);
		return render(id, model);
	}

	@PostMapping("/complete")
	String complete(@PathVariable ParticipantId id, @Valid @ModelAttribute("completing") EndingCommand completing,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.completion.complete(id, new EndingCommand(completing.endedOn(), null, null));
				redirect.addFlashAttribute("completed", true);
				return "redirect:/participants/" + id + "/completion";
			}
			catch (CompletionRefused ex) {
				rejectOnPage(ex, errors, model);
			}
			catch (OptimisticLockingFailureException ex) {
				model.addAttribute("conflict", true);
			}
		}
		return render(id, model);
	}

	@PostMapping("/terminate")
	String terminate(@PathVariable ParticipantId id, @Valid @ModelAttribute("terminating") EndingCommand terminating,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.completion.terminate(id, terminating);
				redirect.addFlashAttribute("terminated", true);
				return "redirect:/participants/" + id + "/completion";
			}
			catch (CompletionRefused ex) {
				reject(ex, errors, model);
			}
			catch (OptimisticLockingFailureException ex) {
				model.addAttribute("conflict", true);
			}
		}
		return render(id, model);
	}

	@GetMapping("/certificate")
	String certificate(@PathVariable ParticipantId id, Model model) {
		model.addAttribute("participant", this.participants.get(id));
		try {
			model.addAttribute("certificate", this.completion.certificate(id));
		}
		catch (CompletionRefused ex) {
			model.addAttribute("refused", ex.problems().get("*"));
			return render(id, model);
		}
		return "completion/certificate";
	}

	private static void reject(CompletionRefused ex, BindingResult errors, Model model) {
		ex.problems().forEach((field, key) -> {
			if ("*".equals(field)) {
				model.addAttribute("refused", key);
			}
			else {
				errors.rejectValue(field, key);
			}
		});
	}

	/** Blockers name criteria and attendance, not form fields: they show on the page. */
	private static void rejectOnPage(CompletionRefused ex, BindingResult errors, Model model) {
		model.addAttribute("refused", ex.problems().getOrDefault("*", "completion.refused.notReady"));
		if (ex.problems().containsKey("endedOn")) {
			errors.rejectValue("endedOn", ex.problems().get("endedOn"));
		}
	}

	private String render(ParticipantId id, Model model) {
		ParticipantDetails participant = this.participants.get(id);
		CompletionProgress progress = this.completion.progress(participant);
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("participant", participant);
		model.addAttribute("progress", progress);
		model.addAttribute("reasons", TerminationReason.values());
		model.addAttribute("criteria", CompletionCriterion.values());
		for (Map.Entry<String, Object> blank : Map
			.<String, Object>of("extension", ExtensionCommand.blank(today), "completing", EndingCommand.blank(today),
					"terminating", EndingCommand.blank(today))
			.entrySet()) {
			if (!model.containsAttribute(blank.getKey())) {
				model.addAttribute(blank.getKey(), blank.getValue());
			}
		}
		if (!model.containsAttribute("notice")) {
			model.addAttribute("notice", new ReferrerNoticeCommand(today, "", null));
		}
		return "completion/participant";
	}

	private String renderCriterion(ParticipantId id, CompletionCriterion criterion, Model model) {
		ParticipantDetails participant = this.participants.get(id);
		CompletionProgress progress = this.completion.progress(participant);
		CompletionProgress.CriterionStatus status = progress.criteria()
			.stream()
			.filter((each) -> each.criterion() == criterion)
			.findFirst()
			.orElseThrow();
		model.addAttribute("participant", participant);
		model.addAttribute("progress", progress);
		model.addAttribute("status", status);
		model.addAttribute("history", this.completion.assessmentsOf(id, criterion));
		UUID currentId = (status.current() != null) ? status.current().id() : null;
		if (!(model.getAttribute("assessment") instanceof AssessmentCommand typed)) {
			model.addAttribute("assessment",
					new AssessmentCommand(criterion, null, LocalDate.now(this.clock), "", currentId));
		}
		else if (Boolean.TRUE.equals(model.getAttribute("conflict"))) {
			// The assessor's own words stay, now on top of what the other person
			// recorded.
			model.addAttribute("assessment",
					new AssessmentCommand(criterion, typed.met(), typed.assessedOn(), typed.evidence(), currentId));
		}
		return "completion/criterion";
	}

}
