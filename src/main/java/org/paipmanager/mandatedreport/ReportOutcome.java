package org.paipmanager.mandatedreport;

import java.util.List;
import java.util.UUID;

/**
 * What recording a reported event did.
 *
 * @param eventId the event
 * @param withheld the exceptions of 501.220(a) held the report back: no report was made
 * @param handedToLiaison the victim-side steps are the victim liaison's to take
 * @param reports the participant-side reports made
 */
public record ReportOutcome(UUID eventId, boolean withheld, boolean handedToLiaison, List<MandatedReportView> reports) {

	public ReportOutcome {
		reports = List.copyOf(reports);
	}

}
