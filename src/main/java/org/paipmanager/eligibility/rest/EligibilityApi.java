package org.paipmanager.eligibility.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.eligibility.EligibilityDecisionCommand;
import org.paipmanager.eligibility.EligibilityDecisionView;
import org.paipmanager.eligibility.EligibilityDecisions;
import org.paipmanager.eligibility.ScreeningNotComplete;
import org.paipmanager.eligibility.domain.EligibilityProposal;
import org.paipmanager.shared.ParticipantId;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Eligibility as JSON: the decision history, what the rules propose for given findings,
 * and recording a decision (confirm, or override with a reason).
 */
@RestController
@RequestMapping("/api/participants/{id}/eligibility")
class EligibilityApi {

	private final EligibilityDecisions decisions;

	EligibilityApi(EligibilityDecisions decisions) {
		this.decisions = decisions;
	}

	@GetMapping
	List<EligibilityDecisionView> history(@PathVariable ParticipantId id) {
		return this.decisions.history(id);
	}

	/** The findings the completed screening already answers, to start a decision from. */
	@GetMapping("/draft")
	EligibilityDecisionCommand draft(@PathVariable ParticipantId id) {
		return this.decisions.newDecision(id);
	}

	/** What the rules propose, with the sections behind it; nothing is recorded. */
	@PostMapping("/proposal")
	EligibilityProposal propose(@PathVariable ParticipantId id,
			@Valid @RequestBody EligibilityDecisionCommand findings) {
		return this.decisions.propose(findings);
	}

	@PostMapping
	ResponseEntity<EligibilityDecisionView> decide(@PathVariable ParticipantId id,
			@Valid @RequestBody EligibilityDecisionCommand decision) {
		UUID decided = this.decisions.decide(id, decision);
		EligibilityDecisionView view = this.decisions.history(id)
			.stream()
			.filter((entry) -> entry.id().equals(decided))
			.findFirst()
			.orElseThrow();
		return ResponseEntity.created(URI.create("/api/participants/" + id + "/eligibility")).body(view);
	}

	@ExceptionHandler(ScreeningNotComplete.class)
	ProblemDetail screeningNotComplete(ScreeningNotComplete ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"An eligibility decision follows a completed face-to-face screening (501.115(a)(2)). Nothing was saved.");
		problem.setTitle("Screening not complete");
		return problem;
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail overrideSameAsProposal(IllegalArgumentException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"An override must choose another outcome than the rules propose. Nothing was saved.");
		problem.setProperty("errors", List.of(java.util.Map.of("field", "overrideOutcome", "message",
				"Choose another outcome than the proposal, or confirm the proposal.")));
		return problem;
	}

}
