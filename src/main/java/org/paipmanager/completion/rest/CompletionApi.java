package org.paipmanager.completion.rest;

import java.util.Map;
import java.util.UUID;

import org.paipmanager.completion.AssessmentCommand;
import org.paipmanager.completion.CompletionManagement;
import org.paipmanager.completion.CompletionProgress;
import org.paipmanager.completion.EndingCommand;
import org.paipmanager.completion.ExtensionCommand;
import org.paipmanager.shared.ParticipantId;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A participant's progress toward completion and the 501.160 decisions, as JSON. Refusals
 * answer as problem+json naming each unmet requirement.
 */
@RestController
@RequestMapping("/api/participants/{id}/completion")
class CompletionApi {

	private final CompletionManagement completion;

	CompletionApi(CompletionManagement completion) {
		this.completion = completion;
	}

	@GetMapping
	CompletionProgress progress(@PathVariable ParticipantId id) {
		return this.completion.progress(id);
	}

	@PostMapping("/assessments")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> assess(@PathVariable ParticipantId id, @RequestBody AssessmentCommand assessment) {
		return Map.of("id", this.completion.assess(id, assessment));
	}

	@PostMapping("/extensions")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> extend(@PathVariable ParticipantId id, @RequestBody ExtensionCommand extension) {
		return Map.of("id", this.completion.extend(id, extension));
	}

	@PostMapping("/complete")
	CompletionProgress complete(@PathVariable ParticipantId id, @RequestBody EndingCommand ending) {
		this.completion.complete(id, ending);
		return this.completion.progress(id);
	}

	@PostMapping("/terminate")
	CompletionProgress terminate(@PathVariable ParticipantId id, @RequestBody EndingCommand ending) {
		this.completion.terminate(id, ending);
		return this.completion.progress(id);
	}

}
