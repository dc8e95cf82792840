package org.paipmanager.coordination.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.paipmanager.coordination.CoordinationActivity;
import org.paipmanager.coordination.CoordinationActivityCommand;
import org.paipmanager.coordination.CoordinationCompliance;
import org.paipmanager.coordination.LoggingCoordination;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The coordination activity log and the 501.105(a) compliance panel as JSON (COO-2).
 */
@RestController
@RequestMapping("/api/coordination")
class CoordinationActivityApi {

	/** A documented reason for a year without a 501.105(a) activity (501.105(d)). */
	record ReasonBody(@NotBlank(message = "{validation.required}") String reason) {
	}

	private final LoggingCoordination coordination;

	CoordinationActivityApi(LoggingCoordination coordination) {
		this.coordination = coordination;
	}

	@GetMapping("/activities")
	List<CoordinationActivity> list(@RequestParam(required = false) Integer year) {
		return this.coordination.activities((year != null) ? year : this.coordination.currentYear());
	}

	@PostMapping("/activities")
	ResponseEntity<CoordinationActivity> log(@Valid @RequestBody CoordinationActivityCommand activity) {
		UUID id = this.coordination.log(activity);
		CoordinationActivity saved = this.coordination.activities(activity.occurredOn().getYear())
			.stream()
			.filter((found) -> found.id().equals(id))
			.findFirst()
			.orElseThrow();
		return ResponseEntity
			.created(URI.create("/api/coordination/activities?year=" + activity.occurredOn().getYear()))
			.body(saved);
	}

	@GetMapping("/compliance")
	CoordinationCompliance compliance(@RequestParam(required = false) Integer year) {
		return this.coordination.compliance((year != null) ? year : this.coordination.currentYear());
	}

	@PostMapping("/compliance/reason")
	CoordinationCompliance documentReason(@RequestParam(required = false) Integer year,
			@Valid @RequestBody ReasonBody body) {
		int chosen = (year != null) ? year : this.coordination.currentYear();
		this.coordination.documentReason(chosen, body.reason());
		return this.coordination.compliance(chosen);
	}

}
