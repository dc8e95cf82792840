package org.paipmanager.victimcontact.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.victimcontact.ActionItemCommand;
import org.paipmanager.victimcontact.ActionItemUpdate;
import org.paipmanager.victimcontact.DistributionCommand;
import org.paipmanager.victimcontact.ForwardedIssueCommand;
import org.paipmanager.victimcontact.InvitationCommand;
import org.paipmanager.victimcontact.MeetingCommand;
import org.paipmanager.victimcontact.PlanningConsent;
import org.paipmanager.victimcontact.PlanningConsentCommand;
import org.paipmanager.victimcontact.PlanningMeeting;
import org.paipmanager.victimcontact.ServicePlanning;
import org.paipmanager.victimcontact.SummaryCommand;
import org.paipmanager.victimcontact.VictimReviewCommand;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Collaborative service-planning meetings as JSON (COO-3), inside the victim compartment:
 * the same facade and rules as the pages, refusals and conflicts as
 * {@code application/problem+json} (400 with the procedure's words per field, 403 without
 * access or step-up, 404, 409 on a stale version).
 */
@RestController
@RequestMapping("/api/victim")
class ServicePlanningApi {

	private final ServicePlanning planning;

	ServicePlanningApi(ServicePlanning planning) {
		this.planning = planning;
	}

	@GetMapping("/records/{recordId}/planning-consents")
	List<PlanningConsent> consents(@PathVariable UUID recordId) {
		return this.planning.consents(recordId);
	}

	@PostMapping("/records/{recordId}/planning-consents")
	ResponseEntity<List<PlanningConsent>> recordConsent(@PathVariable UUID recordId,
			@Valid @RequestBody PlanningConsentCommand consent) {
		this.planning.recordConsent(recordId, consent);
		return ResponseEntity.created(URI.create("/api/victim/records/" + recordId + "/planning-consents"))
			.body(this.planning.consents(recordId));
	}

	@PostMapping("/records/{recordId}/planning-consents/{consentId}/revocation")
	List<PlanningConsent> revokeConsent(@PathVariable UUID recordId, @PathVariable UUID consentId,
			@RequestParam long version, @RequestBody Revocation revocation) {
		this.planning.revokeConsent(consentId, version, revocation.revokedOn());
		return this.planning.consents(recordId);
	}

	@GetMapping("/records/{recordId}/meetings")
	List<PlanningMeeting> meetings(@PathVariable UUID recordId) {
		return this.planning.meetings(recordId);
	}

	@PostMapping("/records/{recordId}/meetings")
	ResponseEntity<PlanningMeeting> schedule(@PathVariable UUID recordId, @Valid @RequestBody MeetingCommand meeting) {
		UUID id = this.planning.schedule(recordId, meeting);
		return ResponseEntity.created(URI.create("/api/victim/meetings/" + id)).body(this.planning.meeting(id));
	}

	@GetMapping("/meetings/{meetingId}")
	PlanningMeeting meeting(@PathVariable UUID meetingId) {
		return this.planning.meeting(meetingId);
	}

	@PutMapping("/meetings/{meetingId}")
	PlanningMeeting reschedule(@PathVariable UUID meetingId, @RequestParam long version,
			@Valid @RequestBody MeetingCommand meeting) {
		this.planning.reschedule(meetingId, version, meeting);
		return this.planning.meeting(meetingId);
	}

	@PostMapping("/meetings/{meetingId}/invitations")
	ResponseEntity<PlanningMeeting> invite(@PathVariable UUID meetingId,
			@Valid @RequestBody InvitationCommand invitation) {
		this.planning.invite(meetingId, invitation);
		return created(meetingId);
	}

	@PutMapping("/meetings/{meetingId}/summary")
	PlanningMeeting recordSummary(@PathVariable UUID meetingId, @RequestParam long version,
			@Valid @RequestBody SummaryCommand summary) {
		this.planning.recordSummary(meetingId, version, summary);
		return this.planning.meeting(meetingId);
	}

	@PostMapping("/meetings/{meetingId}/distributions")
	ResponseEntity<PlanningMeeting> distribute(@PathVariable UUID meetingId,
			@Valid @RequestBody DistributionCommand distribution) {
		this.planning.distribute(meetingId, distribution);
		return created(meetingId);
	}

	@PutMapping("/meetings/{meetingId}/victim-review")
	PlanningMeeting recordVictimReview(@PathVariable UUID meetingId, @RequestParam long version,
			@Valid @RequestBody VictimReviewCommand review) {
		this.planning.recordVictimReview(meetingId, version, review);
		return this.planning.meeting(meetingId);
	}

	@PostMapping("/meetings/{meetingId}/action-items")
	ResponseEntity<PlanningMeeting> addActionItem(@PathVariable UUID meetingId,
			@Valid @RequestBody ActionItemCommand action) {
		this.planning.addActionItem(meetingId, action);
		return created(meetingId);
	}

	@PutMapping("/action-items/{itemId}")
	PlanningMeeting updateActionItem(@PathVariable UUID itemId, @RequestParam long version,
			@Valid @RequestBody ActionItemUpdate update) {
		return this.planning.meeting(this.planning.updateActionItem(itemId, version, update));
	}

	@PostMapping("/meetings/{meetingId}/forwarded-issues")
	ResponseEntity<PlanningMeeting> forwardIssue(@PathVariable UUID meetingId,
			@Valid @RequestBody ForwardedIssueCommand issue) {
		this.planning.forwardIssue(meetingId, issue);
		return created(meetingId);
	}

	private ResponseEntity<PlanningMeeting> created(UUID meetingId) {
		return ResponseEntity.created(URI.create("/api/victim/meetings/" + meetingId))
			.body(this.planning.meeting(meetingId));
	}

	/** The day the victim's consent is revoked from. */
	record Revocation(LocalDate revokedOn) {

	}

}
