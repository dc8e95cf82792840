package org.paipmanager.participant.rest;

import java.net.URI;

import jakarta.validation.Valid;

import org.paipmanager.participant.ReferralDecision;
import org.paipmanager.participant.ReferralDecisionCommand;
import org.paipmanager.participant.ReferralDecisions;
import org.paipmanager.participant.ReferralNotAwaitingDecision;
import org.paipmanager.shared.ParticipantId;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accepting or rejecting a referral as JSON (PAR-2). A participant no longer awaiting a
 * decision gets 409.
 */
@RestController
class ReferralDecisionApi {

	private final ReferralDecisions decisions;

	ReferralDecisionApi(ReferralDecisions decisions) {
		this.decisions = decisions;
	}

	@PostMapping("/api/participants/{id}/referral-decision")
	ResponseEntity<ReferralDecision> decide(@PathVariable ParticipantId id,
			@Valid @RequestBody ReferralDecisionCommand command) {
		ReferralDecision decision = this.decisions.decide(id, command);
		return ResponseEntity.created(URI.create("/api/participants/" + id + "/referral-decision")).body(decision);
	}

	@ExceptionHandler(ReferralNotAwaitingDecision.class)
	ProblemDetail notAwaitingDecision(ReferralNotAwaitingDecision ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"The referral was already decided or the participant has moved on (stage " + ex.stage()
						+ "). Nothing was changed (501.230(a)).");
		problem.setTitle("Referral not awaiting a decision");
		problem.setProperty("stage", ex.stage());
		return problem;
	}

}
