package org.paipmanager.participant.rest;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.paipmanager.participant.DetailsCorrection;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.participant.ReferralCommand;
import org.paipmanager.participant.UnknownReferringAgency;
import org.paipmanager.shared.ParticipantId;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Participants as JSON: the list (optionally by stage), one record, and new referrals.
 */
@RestController
@RequestMapping("/api/participants")
class ParticipantApi {

	private final ParticipantManagement participants;

	ParticipantApi(ParticipantManagement participants) {
		this.participants = participants;
	}

	@GetMapping
	List<ParticipantDetails> list(@RequestParam(required = false) ProgramStage stage) {
		return this.participants.list(stage);
	}

	@GetMapping("/{id}")
	ParticipantDetails get(@PathVariable ParticipantId id) {
		return this.participants.get(id);
	}

	@PostMapping
	ResponseEntity<ParticipantDetails> refer(@Valid @RequestBody ReferralCommand referral) {
		ParticipantId id = this.participants.refer(referral);
		return ResponseEntity.created(URI.create("/api/participants/" + id)).body(this.participants.get(id));
	}

	/** Corrects the details against the version read; a stale version answers 409. */
	@PutMapping("/{id}")
	ParticipantDetails correct(@PathVariable ParticipantId id, @Valid @RequestBody DetailsCorrection correction) {
		return this.participants.correct(id, correction);
	}

	@ExceptionHandler(UnknownReferringAgency.class)
	ProblemDetail unknownReferringAgency(UnknownReferringAgency ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Some fields are not valid. Nothing was saved.");
		problem.setProperty("errors", List.of(Map.of("field", "referringAgencyId", "message",
				"Choose a referring office from the agency directory.")));
		return problem;
	}

}
