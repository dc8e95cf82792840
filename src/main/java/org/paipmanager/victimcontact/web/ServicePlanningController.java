package org.paipmanager.victimcontact.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.paipmanager.shared.FormChange;
import org.paipmanager.shared.StepUpVerified;
import org.paipmanager.victimcontact.ActionItemCommand;
import org.paipmanager.victimcontact.ActionItemStatus;
import org.paipmanager.victimcontact.ActionItemUpdate;
import org.paipmanager.victimcontact.ConsentForm;
import org.paipmanager.victimcontact.DeliveryMethod;
import org.paipmanager.victimcontact.DistributionCommand;
import org.paipmanager.victimcontact.ForwardedIssueCommand;
import org.paipmanager.victimcontact.ForwardedIssueKind;
import org.paipmanager.victimcontact.InterpreterNeed;
import org.paipmanager.victimcontact.InvitationCommand;
import org.paipmanager.victimcontact.MeetingCommand;
import org.paipmanager.victimcontact.MeetingFormat;
import org.paipmanager.victimcontact.MeetingGround;
import org.paipmanager.victimcontact.MeetingTrigger;
import org.paipmanager.victimcontact.PlanningConsent;
import org.paipmanager.victimcontact.PlanningConsentCommand;
import org.paipmanager.victimcontact.PlanningMeeting;
import org.paipmanager.victimcontact.ServicePlanning;
import org.paipmanager.victimcontact.ServicePlanningRefused;
import org.paipmanager.victimcontact.StepUpRequired;
import org.paipmanager.victimcontact.SummaryCommand;
import org.paipmanager.victimcontact.VictimContactManagement;
import org.paipmanager.victimcontact.VictimParticipation;
import org.paipmanager.victimcontact.VictimRecord;
import org.paipmanager.victimcontact.VictimReviewCommand;

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
 * The pages of collaborative service-planning meetings (COO-3, seed 004), reached from
 * the victim record inside the compartment. Every call goes through the facade, which
 * refuses anyone without victim-contact access and asks everyone but the liaison to step
 * up first.
 */
@Controller
@RequestMapping("/victim")
class ServicePlanningController {

	private final ServicePlanning planning;

	private final VictimContactManagement victims;

	ServicePlanningController(ServicePlanning planning, VictimContactManagement victims) {
		this.planning = planning;
		this.victims = victims;
	}

	@GetMapping("/records/{recordId}/meetings")
	String meetings(@PathVariable UUID recordId, Model model) {
		return renderMeetings(recordId, model);
	}

	@PostMapping("/records/{recordId}/planning-consents")
	String recordConsent(@PathVariable UUID recordId, @Valid @ModelAttribute("consent") PlanningConsentCommand consent,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (FormChange.saved(errors, model, null, () -> this.planning.recordConsent(recordId, consent))) {
			redirect.addFlashAttribute("saved", "victim.planning.consent.saved");
			return "redirect:/victim/records/" + recordId + "/meetings";
		}
		return renderMeetings(recordId, model);
	}

	@PostMapping("/records/{recordId}/planning-consents/{consentId}/revocation")
	String revokeConsent(@PathVariable UUID recordId, @PathVariable UUID consentId, @RequestParam long version,
			@RequestParam(required = false) LocalDate revokedOn, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			this.planning.revokeConsent(consentId, version, revokedOn);
		}
		catch (ServicePlanningRefused refused) {
			model.addAttribute("revocationRefused", consentId);
			return renderMeetings(recordId, model);
		}
		catch (OptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
			return renderMeetings(recordId, model);
		}
		redirect.addFlashAttribute("saved", "victim.planning.consent.revoked");
		return "redirect:/victim/records/" + recordId + "/meetings";
	}

	@GetMapping("/records/{recordId}/meetings/new")
	String newMeeting(@PathVariable UUID recordId, Model model) {
		return renderNewMeeting(recordId, model);
	}

	@PostMapping("/records/{recordId}/meetings")
	String schedule(@PathVariable UUID recordId, @Valid @ModelAttribute("meetingForm") MeetingCommand meetingForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		UUID id = FormChange.attempt(errors, model, null, () -> this.planning.schedule(recordId, meetingForm))
			.orElse(null);
		if (id != null) {
			redirect.addFlashAttribute("saved", "victim.planning.meeting.scheduled");
			return "redirect:/victim/meetings/" + id;
		}
		return renderNewMeeting(recordId, model);
	}

	@GetMapping("/meetings/{meetingId}")
	String meeting(@PathVariable UUID meetingId, Model model) {
		return renderMeeting(meetingId, model);
	}

	@PostMapping("/meetings/{meetingId}/invitations")
	String invite(@PathVariable UUID meetingId, @Valid @ModelAttribute("invitation") InvitationCommand invitation,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return change(meetingId, errors, () -> this.planning.invite(meetingId, invitation),
				"victim.planning.invitation.saved", model, redirect, response);
	}

	@PostMapping("/meetings/{meetingId}/summary")
	String recordSummary(@PathVariable UUID meetingId, @RequestParam long version,
			@Valid @ModelAttribute("summary") SummaryCommand summary, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return change(meetingId, errors, () -> this.planning.recordSummary(meetingId, version, summary),
				"victim.planning.summary.saved", model, redirect, response);
	}

	@PostMapping("/meetings/{meetingId}/distributions")
	String distribute(@PathVariable UUID meetingId,
			@Valid @ModelAttribute("distribution") DistributionCommand distribution, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return change(meetingId, errors, () -> this.planning.distribute(meetingId, distribution),
				"victim.planning.distribution.saved", model, redirect, response);
	}

	@PostMapping("/meetings/{meetingId}/victim-review")
	String recordVictimReview(@PathVariable UUID meetingId, @RequestParam long version,
			@Valid @ModelAttribute("review") VictimReviewCommand review, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return change(meetingId, errors, () -> this.planning.recordVictimReview(meetingId, version, review),
				"victim.planning.review.saved", model, redirect, response);
	}

	@PostMapping("/meetings/{meetingId}/action-items")
	String addActionItem(@PathVariable UUID meetingId, @Valid @ModelAttribute("action") ActionItemCommand action,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return change(meetingId, errors, () -> this.planning.addActionItem(meetingId, action),
				"victim.planning.action.saved", model, redirect, response);
	}

	@PostMapping("/meetings/{meetingId}/action-items/{itemId}")
	String updateActionItem(@PathVariable UUID meetingId, @PathVariable UUID itemId, @RequestParam long version,
			@RequestParam ActionItemStatus status, @RequestParam(defaultValue = "") String closingNote, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (closingNote.length() > 2000) {
			model.addAttribute("actionProblem", itemId);
			return renderMeeting(meetingId, model);
		}
		try {
			this.planning.updateActionItem(itemId, version, new ActionItemUpdate(status, closingNote));
		}
		catch (OptimisticLockingFailureException ex) {
			return conflict(meetingId, model, response);
		}
		redirect.addFlashAttribute("saved", "victim.planning.action.updated");
		return "redirect:/victim/meetings/" + meetingId;
	}

	@PostMapping("/meetings/{meetingId}/forwarded-issues")
	String forwardIssue(@PathVariable UUID meetingId, @Valid @ModelAttribute("forward") ForwardedIssueCommand forward,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return change(meetingId, errors, () -> this.planning.forwardIssue(meetingId, forward),
				"victim.planning.forward.saved", model, redirect, response);
	}

	/** A director (or anyone but the liaison) re-enters a code first, then comes back. */
	@ExceptionHandler(StepUpRequired.class)
	String stepUp(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String uuid = "[0-9a-fA-F-]{36}";
		String back = "/";
		Matcher meeting = Pattern.compile("^(/victim/meetings/" + uuid + ")").matcher(path);
		Matcher record = Pattern.compile("^(/victim/records/" + uuid + ")/").matcher(path);
		if (meeting.find()) {
			back = meeting.group(1);
		}
		else if (record.find()) {
			back = record.group(1) + "/meetings";
		}
		return "redirect:"
				+ UriComponentsBuilder.fromPath(StepUpVerified.PAGE).queryParam("continue", back).build().toUriString();
	}

	/**
	 * One change of a meeting from its page: saved and back to the page with a
	 * confirmation, or the page again with the messages beside the fields, or a visible
	 * conflict (409) when someone changed the meeting first.
	 */
	private String change(UUID meetingId, BindingResult errors, Runnable change, String savedKey, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (FormChange.saved(errors, model, response, change)) {
			redirect.addFlashAttribute("saved", savedKey);
			return "redirect:/victim/meetings/" + meetingId;
		}
		return renderMeeting(meetingId, model);
	}

	private String conflict(UUID meetingId, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("conflict", true);
		return renderMeeting(meetingId, model);
	}

	private String renderMeetings(UUID recordId, Model model) {
		VictimRecord record = this.victims.record(recordId);
		List<PlanningConsent> consents = this.planning.consents(recordId);
		model.addAttribute("record", record);
		model.addAttribute("participant", this.victims.participant(record.participantId()));
		model.addAttribute("meetings", this.planning.meetings(recordId));
		model.addAttribute("consents", consents);
		model.addAttribute("directory", this.planning.directory());
		model.addAttribute("today", this.planning.today());
		if (!model.containsAttribute("consent")) {
			model.addAttribute("consent", PlanningConsentCommand.blank(this.planning.today()));
		}
		model.addAttribute("forms", ConsentForm.values());
		return "victimcontact/meetings";
	}

	private String renderNewMeeting(UUID recordId, Model model) {
		VictimRecord record = this.victims.record(recordId);
		model.addAttribute("record", record);
		model.addAttribute("participant", this.victims.participant(record.participantId()));
		if (!model.containsAttribute("meetingForm")) {
			model.addAttribute("meetingForm", this.planning.newMeeting());
		}
		model.addAttribute("triggers", MeetingTrigger.values());
		model.addAttribute("grounds", MeetingGround.values());
		model.addAttribute("formats", MeetingFormat.values());
		model.addAttribute("participations", VictimParticipation.values());
		model.addAttribute("interpreters", InterpreterNeed.values());
		return "victimcontact/meeting-new";
	}

	private String renderMeeting(UUID meetingId, Model model) {
		PlanningMeeting meeting = this.planning.meeting(meetingId);
		VictimRecord record = this.victims.record(meeting.victimRecordId());
		List<PlanningConsent> consents = this.planning.consents(meeting.victimRecordId());
		LocalDate today = this.planning.today();
		model.addAttribute("meeting", meeting);
		model.addAttribute("record", record);
		model.addAttribute("participant", this.victims.participant(record.participantId()));
		model.addAttribute("directory", this.planning.directory());
		model.addAttribute("withConsent", this.planning.agenciesWithConsent(consents));
		model.addAttribute("today", today);
		addBlank(model, "invitation", InvitationCommand.blank(today));
		addBlank(model, "summary",
				(meeting.summaryRecorded())
						? new SummaryCommand(meeting.victimAttended(),
								meeting.invitations()
									.stream()
									.filter((i) -> Boolean.TRUE.equals(i.attended()))
									.map((i) -> i.id())
									.toList(),
								meeting.decisions(), meeting.agreements(), meeting.commitments())
						: SummaryCommand.blank());
		addBlank(model, "distribution", DistributionCommand.blank(today));
		addBlank(model, "review", VictimReviewCommand.blank(today));
		addBlank(model, "action", ActionItemCommand.blank());
		addBlank(model, "forward", ForwardedIssueCommand.blank(today));
		model.addAttribute("methods", DeliveryMethod.values());
		model.addAttribute("statuses", ActionItemStatus.values());
		model.addAttribute("issueKinds", ForwardedIssueKind.values());
		return "victimcontact/meeting";
	}

	private static void addBlank(Model model, String name, Object blank) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, blank);
		}
	}

}
