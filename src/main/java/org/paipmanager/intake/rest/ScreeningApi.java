package org.paipmanager.intake.rest;

import java.util.Map;

import org.paipmanager.intake.IntakeScreenings;
import org.paipmanager.intake.IntakeScreenings.SavedStep;
import org.paipmanager.intake.ScreeningView;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.RecordNotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The intake screening as JSON: read it, start it, save a step's answers as a draft,
 * complete it. Refusals answer problem+json with a message per question (ApiProblems).
 */
@RestController
@RequestMapping("/api/participants/{id}/screening")
class ScreeningApi {

	private final IntakeScreenings screenings;

	ScreeningApi(IntakeScreenings screenings) {
		this.screenings = screenings;
	}

	@GetMapping
	ScreeningView get(@PathVariable ParticipantId id) {
		return this.screenings.find(id).orElseThrow(() -> new RecordNotFoundException("intake-screening", id));
	}

	@PostMapping
	ScreeningView start(@PathVariable ParticipantId id) {
		return this.screenings.start(id);
	}

	/**
	 * Saves one step.
	 * @param request {@code version} read, and {@code answers} by question code
	 */
	@PutMapping("/steps/{number}")
	SavedStep saveStep(@PathVariable ParticipantId id, @PathVariable int number, @RequestBody StepAnswers request) {
		return this.screenings.saveStep(id, number, request.version(), request.answers());
	}

	@PostMapping("/complete")
	ScreeningView complete(@PathVariable ParticipantId id, @RequestBody VersionRead request) {
		this.screenings.complete(id, request.version());
		return get(id);
	}

	record StepAnswers(long version, Map<String, String> answers) {

		StepAnswers {
			answers = (answers != null) ? Map.copyOf(answers) : Map.of();
		}

	}

	record VersionRead(long version) {
	}

}
