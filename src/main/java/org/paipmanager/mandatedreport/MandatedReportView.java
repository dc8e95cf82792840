package org.paipmanager.mandatedreport;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.paipmanager.shared.ProgramZone;
import org.paipmanager.mandatedreport.domain.CompletedReport.ReportAgency;
import org.paipmanager.shared.ParticipantId;

/**
 * A report as the participant side holds it: that it was made, and nothing about the
 * victim (501.190(d)).
 *
 * @param id the report
 * @param participantId the participant
 * @param eventId the reported event; one event may need several reports
 * @param kind what was reported
 * @param reportedAt when the report was made
 * @param reporter who made it; null for readers outside the victim compartment
 * @param agencyNotified the agency it went to
 * @param referenceNumber the number the agency gave
 * @param section the rule behind it
 * @param victimFollowUpOutstanding whether the victim liaison still has steps to take
 * @param version for the follow-up flag
 */
public record MandatedReportView(UUID id, ParticipantId participantId, UUID eventId, ReportKind kind,
		Instant reportedAt, String reporter, ReportAgency agencyNotified, String referenceNumber, String section,
		boolean victimFollowUpOutstanding, long version) {

	/** When the report was made, in Illinois time, for pages. */
	public LocalDateTime reportedAtInIllinois() {
		return LocalDateTime.ofInstant(this.reportedAt, ProgramZone.ZONE).truncatedTo(ChronoUnit.MINUTES);
	}

}
