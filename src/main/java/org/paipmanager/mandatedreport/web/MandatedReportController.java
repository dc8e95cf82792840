package org.paipmanager.mandatedreport.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.paipmanager.mandatedreport.FollowUpCommand;
import org.paipmanager.mandatedreport.MandatedReporting;
import org.paipmanager.mandatedreport.ReportCommand;
import org.paipmanager.mandatedreport.ReportOutcome;
import org.paipmanager.mandatedreport.ReportPlan;
import org.paipmanager.mandatedreport.ReportRefused;
import org.paipmanager.mandatedreport.domain.ReportedEvent.Concern;
import org.paipmanager.mandatedreport.domain.ReportedEvent.InformationSource;
import org.paipmanager.mandatedreport.domain.ReportedEvent.JeopardyAssessment;
import org.paipmanager.mandatedreport.domain.ReportedEvent.RiskToVictimAssessment;
import org.paipmanager.mandatedreport.domain.ReportedEvent.VictimConsent;
import org.paipmanager.mandatedreport.domain.ReportedEvent.VictimNotificationAttempt.Method;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.StepUpVerified;
import org.paipmanager.victimcontact.MandatedReportVictimSide;
import org.paipmanager.victimcontact.StepUpRequired;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The guided mandated-report workflow (501.220, 501.145): the facts first, then the steps
 * the rules require with their sections, then the victim-side answers (inside the
 * compartment only) and one entry per report; and the victim liaison's follow-up of a
 * report's victim-side steps.
 */
@Controller
@RequestMapping("/participants/{id}/mandated-reports")
class MandatedReportController {

	private final MandatedReporting reporting;

	private final ParticipantManagement participants;

	MandatedReportController(MandatedReporting reporting, ParticipantManagement participants) {
		this.reporting = reporting;
		this.participants = participants;
	}

	@GetMapping
	String reports(@PathVariable ParticipantId id, Model model) {
		model.addAttribute("participant", this.participants.get(id));
		model.addAttribute("reports", this.reporting.reports(id));
		return "mandatedreport/reports";
	}

	@GetMapping("/new")
	String start(@PathVariable ParticipantId id, Model model) {
		ReportCommand report = this.reporting.newReport();
		model.addAttribute("report", report);
		return render(id, report, model, false);
	}

	/** The next step: what the rules require for the facts so far. Saves nothing. */
	@PostMapping("/new")
	String assess(@PathVariable ParticipantId id, @Valid @ModelAttribute("report") ReportCommand report,
			BindingResult errors, Model model) {
		return render(id, report, model, !errors.hasFieldErrors("source") && !errors.hasFieldErrors("concerns"));
	}

	@PostMapping
	String record(@PathVariable ParticipantId id, @Valid @ModelAttribute("report") ReportCommand report,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		boolean factsGiven = !errors.hasFieldErrors("source") && !errors.hasFieldErrors("concerns");
		if (!errors.hasErrors()) {
			try {
				ReportOutcome outcome = this.reporting.record(id, report);
				redirect.addFlashAttribute("outcome",
						outcome.withheld() ? "mandatedreport.outcome.withheld" : "mandatedreport.outcome.reported");
				redirect.addFlashAttribute("liaison", outcome.handedToLiaison());
				return "redirect:/participants/" + id + "/mandated-reports";
			}
			catch (ReportRefused refusal) {
				refusal.rejectOn(errors);
			}
		}
		return render(id, report, model, factsGiven);
	}

	@GetMapping("/{eventId}/follow-up")
	String followUp(@PathVariable ParticipantId id, @PathVariable UUID eventId, Model model) {
		model.addAttribute("followUpForm", this.reporting.newFollowUp());
		return renderFollowUp(id, eventId, model);
	}

	@PostMapping("/{eventId}/follow-up")
	String completeFollowUp(@PathVariable ParticipantId id, @PathVariable UUID eventId, @RequestParam long version,
			@Valid @ModelAttribute("followUpForm") FollowUpCommand form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!errors.hasErrors()) {
			try {
				this.reporting.completeFollowUp(id, eventId, version, form);
				redirect.addFlashAttribute("saved", "mandatedreport.followUp.saved");
				return "redirect:/participants/" + id + "/mandated-reports/" + eventId + "/follow-up";
			}
			catch (ReportRefused refusal) {
				refusal.rejectOn(errors);
			}
			catch (OptimisticLockingFailureException ex) {
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("conflict", true);
			}
		}
		return renderFollowUp(id, eventId, model);
	}

	/** The director re-enters a code first, then comes back to the follow-up. */
	@ExceptionHandler(StepUpRequired.class)
	String stepUp(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.matches("/participants/[0-9a-fA-F-]{36}/mandated-reports(/new|/[0-9a-fA-F-]{36}/follow-up)?")) {
			path = "/";
		}
		return "redirect:"
				+ UriComponentsBuilder.fromPath(StepUpVerified.PAGE).queryParam("continue", path).build().toUriString();
	}

	private String render(ParticipantId id, ReportCommand report, Model model, boolean assessed) {
		model.addAttribute("participant", this.participants.get(id));
		ReportPlan plan = this.reporting.plan(id, report);
		model.addAttribute("plan", plan);
		model.addAttribute("assessed", assessed && !plan.actions().isEmpty());
		model.addAttribute("sources", InformationSource.values());
		model.addAttribute("concernChoices", Concern.values());
		model.addAttribute("consents", VictimConsent.values());
		model.addAttribute("jeopardies", JeopardyAssessment.values());
		model.addAttribute("risks", RiskToVictimAssessment.values());
		model.addAttribute("methods", Method.values());
		return "mandatedreport/new";
	}

	private String renderFollowUp(ParticipantId id, UUID eventId, Model model) {
		MandatedReportVictimSide.FollowUp followUp = this.reporting.followUp(id, eventId);
		model.addAttribute("participant", this.participants.get(id));
		model.addAttribute("followUp", followUp);
		model.addAttribute("risks", RiskToVictimAssessment.values());
		model.addAttribute("methods", Method.values());
		return "mandatedreport/follow-up";
	}

}
