package org.paipmanager.mandatedreport.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.mandatedreport.MandatedReportView;
import org.paipmanager.mandatedreport.MandatedReporting;
import org.paipmanager.mandatedreport.ReportCommand;
import org.paipmanager.mandatedreport.ReportOutcome;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.RecordNotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mandated reports as JSON, the participant side only: that each report was made. A
 * report is recorded with the same rules as the pages; the answer never carries anything
 * about the victim.
 */
@RestController
@RequestMapping("/api/participants/{id}/mandated-reports")
class MandatedReportApi {

	private final MandatedReporting reporting;

	MandatedReportApi(MandatedReporting reporting) {
		this.reporting = reporting;
	}

	@GetMapping
	List<MandatedReportView> reports(@PathVariable ParticipantId id) {
		return this.reporting.reports(id);
	}

	@GetMapping("/{reportId}")
	MandatedReportView report(@PathVariable ParticipantId id, @PathVariable UUID reportId) {
		MandatedReportView report = this.reporting.report(reportId);
		if (!report.participantId().equals(id)) {
			throw new RecordNotFoundException("mandated-report", reportId);
		}
		return report;
	}

	/** Records a reported event; answers the participant-side reports made. */
	@PostMapping
	ResponseEntity<Made> record(@PathVariable ParticipantId id, @Valid @RequestBody ReportCommand report) {
		ReportOutcome outcome = this.reporting.record(id, report);
		return ResponseEntity.created(URI.create("/api/participants/" + id + "/mandated-reports"))
			.body(new Made(outcome.eventId(), outcome.withheld(), outcome.handedToLiaison(), outcome.reports()));
	}

	/**
	 * What recording did.
	 *
	 * @param eventId the event
	 * @param withheld no report was made (501.220(a) exceptions)
	 * @param victimLiaisonFollowsUp the victim liaison takes the victim-side steps
	 * @param reports the reports made
	 */
	record Made(UUID eventId, boolean withheld, boolean victimLiaisonFollowsUp, List<MandatedReportView> reports) {

	}

}
