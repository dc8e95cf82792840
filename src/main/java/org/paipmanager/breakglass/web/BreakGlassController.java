package org.paipmanager.breakglass.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.paipmanager.breakglass.BreakGlassCommand;
import org.paipmanager.breakglass.BreakGlassGrant;
import org.paipmanager.breakglass.BreakGlassManagement;
import org.paipmanager.breakglass.BreakGlassRefused;
import org.paipmanager.breakglass.BreakGlassReviewCommand;
import org.paipmanager.breakglass.BreakGlassStepUpRequired;
import org.paipmanager.intake.IntakeScreenings;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Permission;
import org.paipmanager.shared.StepUpVerified;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Break-glass pages (ADR 0023): the request with its reason (after a step-up), the window
 * with the clinical screening while it is open, the directors' review queue and the
 * review of one access.
 */
@Controller
class BreakGlassController {

	private final BreakGlassManagement breakGlass;

	private final ParticipantManagement participants;

	private final IntakeScreenings screenings;

	BreakGlassController(BreakGlassManagement breakGlass, ParticipantManagement participants,
			IntakeScreenings screenings) {
		this.breakGlass = breakGlass;
		this.participants = participants;
		this.screenings = screenings;
	}

	@GetMapping("/participants/{id}/emergency-access")
	String requestForm(@PathVariable ParticipantId id, Model model) {
		if (!model.containsAttribute("request")) {
			model.addAttribute("request", BreakGlassCommand.blank());
		}
		return renderRequest(id, model);
	}

	@PostMapping("/participants/{id}/emergency-access")
	String request(@PathVariable ParticipantId id, @Valid @ModelAttribute("request") BreakGlassCommand request,
			BindingResult errors, Model model) {
		if (!this.breakGlass.mayRequest()) {
			return renderRequest(id, model);
		}
		if (!this.breakGlass.stepUpFresh()) {
			return stepUp("/participants/" + id + "/emergency-access");
		}
		if (errors.hasErrors()) {
			return renderRequest(id, model);
		}
		try {
			UUID grant = this.breakGlass.request(id, request);
			return "redirect:/emergency-access/" + grant;
		}
		catch (BreakGlassStepUpRequired ex) {
			return stepUp("/participants/" + id + "/emergency-access");
		}
		catch (BreakGlassRefused refused) {
			refused.rejectOn(errors);
			return renderRequest(id, model);
		}
	}

	/** The window: the clinical screening while it is open, only the times after. */
	@GetMapping("/emergency-access/{grantId}")
	String window(@PathVariable UUID grantId, Model model) {
		BreakGlassGrant grant = this.breakGlass.grant(grantId);
		model.addAttribute("grant", grant);
		boolean ownOpen = grant.open() && this.breakGlass.mayRequest()
				&& this.breakGlass.openGrant(grant.participantId()).filter(grantId::equals).isPresent();
		model.addAttribute("answers", ownOpen ? this.screenings.clinicalAnswers(grant.participantId()) : List.of());
		model.addAttribute("showing", ownOpen);
		return "breakglass/window";
	}

	@GetMapping("/emergency-access/reviews")
	String queue(Model model) {
		model.addAttribute("grants", this.breakGlass.queue());
		return "breakglass/queue";
	}

	@GetMapping("/emergency-access/reviews/{grantId}")
	String reviewForm(@PathVariable UUID grantId, Model model) {
		if (!CurrentActor.require().hasPermission(Permission.BREAK_GLASS_REVIEW)) {
			// The requester reads their own access on its window page, never a review
			// form.
			throw new AccessDeniedException("Review of emergency access " + grantId);
		}
		BreakGlassGrant grant = this.breakGlass.grant(grantId);
		model.addAttribute("grant", grant);
		if (!model.containsAttribute("review")) {
			model.addAttribute("review", BreakGlassReviewCommand.blank(grant.version()));
		}
		model.addAttribute("outcomes", BreakGlassReviewCommand.ReviewOutcome.values());
		return "breakglass/review";
	}

	@PostMapping("/emergency-access/reviews/{grantId}")
	String review(@PathVariable UUID grantId, @Valid @ModelAttribute("review") BreakGlassReviewCommand review,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (!errors.hasErrors()) {
			try {
				this.breakGlass.review(grantId, review);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/emergency-access/reviews/" + grantId;
			}
			catch (BreakGlassRefused refused) {
				refused.rejectOn(errors);
				model.addAttribute("refused", refused.problems().get("*"));
			}
			catch (OptimisticLockingFailureException conflict) {
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("conflict", true);
			}
		}
		return reviewForm(grantId, model);
	}

	private String renderRequest(ParticipantId id, Model model) {
		model.addAttribute("participant", this.participants.get(id));
		model.addAttribute("mayRequest", this.breakGlass.mayRequest());
		model.addAttribute("open", this.breakGlass.mayRequest() ? this.breakGlass.openGrant(id).orElse(null) : null);
		model.addAttribute("stepUpFresh", this.breakGlass.stepUpFresh());
		model.addAttribute("minutes", BreakGlassManagement.WINDOW.toMinutes());
		model.addAttribute("minReason", BreakGlassManagement.MIN_REASON);
		return "breakglass/request";
	}

	private static String stepUp(String back) {
		return "redirect:" + StepUpVerified.PAGE + "?continue=" + back;
	}

}
