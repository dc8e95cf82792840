package org.paipmanager.program;

import java.time.LocalDate;
import java.util.UUID;

import org.paipmanager.program.GrievanceCommand.Action;
import org.paipmanager.program.GrievanceResponseCommand.Outcome;

/**
 * A grievance with its two 501.50 dates: the last day it could be filed and the day the
 * Department's response is due (45 calendar days after receipt); {@code responseOverdue}
 * once that day has passed without a response.
 */
public record GrievanceView(UUID id, long version, UUID applicationId, Action action, LocalDate actionOn,
		LocalDate filedOn, LocalDate receivedOn, String grounds, String materials, LocalDate lastDayToFile,
		LocalDate responseDueOn, boolean responseOverdue, LocalDate respondedOn, Outcome outcome, String response) {

	public static final String SECTION = "501.50";

	public boolean answered() {
		return this.respondedOn != null;
	}

}
