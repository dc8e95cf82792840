package org.paipmanager.group.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.group.IndividualSession;
import org.paipmanager.group.IndividualSessionCommand;
import org.paipmanager.group.RecordingIndividualSessions;
import org.paipmanager.shared.ParticipantId;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A participant's individual sessions as JSON (GRP-5). A fifth or later session without
 * the documented rationale is refused as problem+json quoting 501.90(a).
 */
@RestController
@RequestMapping("/api/participants/{id}/individual-sessions")
class IndividualSessionApi {

	private final RecordingIndividualSessions sessions;

	IndividualSessionApi(RecordingIndividualSessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping
	List<IndividualSession> list(@PathVariable ParticipantId id) {
		return this.sessions.sessions(id);
	}

	@PostMapping
	ResponseEntity<IndividualSession> record(@PathVariable ParticipantId id,
			@Valid @RequestBody IndividualSessionCommand session) {
		UUID sessionId = this.sessions.record(id, session);
		IndividualSession saved = this.sessions.sessions(id)
			.stream()
			.filter((found) -> found.id().equals(sessionId))
			.findFirst()
			.orElseThrow();
		return ResponseEntity.created(URI.create("/api/participants/" + id + "/individual-sessions")).body(saved);
	}

}
