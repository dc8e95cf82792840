package org.paipmanager.mandatedreport;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantFileContent;
import org.paipmanager.participant.ParticipantFileSection;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.Permission;

import org.springframework.stereotype.Component;

/**
 * The participant file's mandated reports: that each report was made (kind, when, agency,
 * reference number, section, whether the victim liaison still has steps to take) and a
 * "Record a report" link. Nothing about the victim: it reads the participant side only.
 */
@Component
class MandatedReportFileSection implements ParticipantFileSection {

	private final MandatedReporting reporting;

	MandatedReportFileSection(MandatedReporting reporting) {
		this.reporting = reporting;
	}

	@Override
	public int order() {
		return 880;
	}

	@Override
	public Optional<ParticipantFileContent> read(ParticipantDetails participant, Actor actor) {
		if (actor.isSystem() || !actor.hasPermission(Permission.MANDATED_REPORT_WRITE)) {
			return Optional.empty();
		}
		return Optional.of(new ParticipantFileContent("mandatedreport/file-section",
				Map.of("participantId", participant.id(), "reports", this.reporting.reports(participant.id())),
				List.of()));
	}

}
