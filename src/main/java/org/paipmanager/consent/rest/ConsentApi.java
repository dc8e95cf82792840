package org.paipmanager.consent.rest;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.consent.ConfidentialityExplanation;
import org.paipmanager.consent.ConfidentialityExplanationCommand;
import org.paipmanager.consent.ConsentManagement;
import org.paipmanager.consent.ReleaseCommand;
import org.paipmanager.consent.ReleaseId;
import org.paipmanager.consent.ReleaseView;
import org.paipmanager.consent.RevocationCommand;
import org.paipmanager.shared.ParticipantId;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A participant's releases of information and confidentiality explanations as JSON. A
 * revocation carries the version it read; a stale one gets 409.
 */
@RestController
@RequestMapping("/api/participants/{id}")
class ConsentApi {

	private final ConsentManagement consent;

	ConsentApi(ConsentManagement consent) {
		this.consent = consent;
	}

	@GetMapping("/releases")
	List<ReleaseView> releases(@PathVariable ParticipantId id) {
		return this.consent.releases(id);
	}

	@PostMapping("/releases")
	ResponseEntity<ReleaseView> addRelease(@PathVariable ParticipantId id, @Valid @RequestBody ReleaseCommand release) {
		ReleaseId releaseId = this.consent.addRelease(id, release);
		return ResponseEntity.created(URI.create("/api/participants/" + id + "/releases/" + releaseId))
			.body(this.consent.release(id, releaseId));
	}

	@GetMapping("/releases/{releaseId}")
	ReleaseView release(@PathVariable ParticipantId id, @PathVariable UUID releaseId) {
		return this.consent.release(id, new ReleaseId(releaseId));
	}

	@PostMapping("/releases/{releaseId}/revocation")
	ReleaseView revoke(@PathVariable ParticipantId id, @PathVariable UUID releaseId,
			@Valid @RequestBody RevocationCommand revocation) {
		return this.consent.revoke(id, new ReleaseId(releaseId), revocation);
	}

	@GetMapping("/confidentiality-explanations")
	List<ConfidentialityExplanation> explanations(@PathVariable ParticipantId id) {
		return this.consent.explanations(id);
	}

	@PostMapping("/confidentiality-explanations")
	ResponseEntity<Map<String, UUID>> recordExplanation(@PathVariable ParticipantId id,
			@Valid @RequestBody ConfidentialityExplanationCommand explanation) {
		UUID explanationId = this.consent.recordExplanation(id, explanation);
		return ResponseEntity.created(URI.create("/api/participants/" + id + "/confidentiality-explanations"))
			.body(Map.of("id", explanationId));
	}

}
