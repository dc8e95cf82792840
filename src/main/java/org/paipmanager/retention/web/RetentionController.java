package org.paipmanager.retention.web;

import java.util.Map;
import java.util.UUID;

import org.paipmanager.retention.HoldReason;
import org.paipmanager.retention.HoldRefused;
import org.paipmanager.retention.RetentionManagement;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.dao.OptimisticLockingFailureException;
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
class RetentionController {

	private static final String REDIRECT = "redirect:/retention";

	private static final String DONE = "done";

	private final RetentionManagement retention;

	RetentionController(RetentionManagement retention) {
		this.retention = retention;
	}

	@GetMapping("/retention")
	String review(Model model) {
		if (!model.containsAttribute("holdForm")) {
			model.addAttribute("holdForm", new HoldForm());
		}
		model.addAttribute("review", this.retention.review());
		model.addAttribute("reasons", HoldReason.values());
		return "retention/review";
	}

	@PostMapping("/retention/holds")
	String placeHold(@ModelAttribute("holdForm") HoldForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		UUID participant = null;
		String raw = (form.getParticipantId() != null) ? form.getParticipantId().strip() : "";
		if (!raw.isEmpty()) {
			try {
				participant = UUID.fromString(raw);
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("participantId", "retention.hold.participant.unknown");
			}
		}
		if (!errors.hasErrors()) {
			try {
				this.retention.placeHold(participant, form.getKind(), form.getReason());
				redirect.addFlashAttribute(DONE, "retention.hold.placedDone");
				return REDIRECT;
			}
			catch (HoldRefused refused) {
				refused.rejectOn(errors);
			}
		}
		model.addAttribute("formErrors", true);
		return review(model);
	}

	@PostMapping("/retention/holds/{holdId}/release")
	String releaseHold(@PathVariable UUID holdId, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect) {
		try {
			this.retention.releaseHold(holdId, reason);
		}
		catch (HoldRefused refused) {
			model.addAttribute("refused", refused.problems().values().iterator().next());
			return review(model);
		}
		redirect.addFlashAttribute(DONE, "retention.hold.released");
		return REDIRECT;
	}

	@PostMapping("/retention/batches/{batchId}/approve")
	String approve(@PathVariable UUID batchId, @RequestParam long version, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Map<UUID, Map<String, Long>> destroyed;
		try {
			destroyed = this.retention.approve(batchId, version);
		}
		catch (OptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
			return review(model);
		}
		redirect.addFlashAttribute(DONE, "retention.batch.approved");
		redirect.addFlashAttribute("destroyedCount", destroyed.size());
		return REDIRECT;
	}

}
