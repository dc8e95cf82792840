package org.paipmanager.referralreports.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantFileContent;
import org.paipmanager.participant.ParticipantFileSection;
import org.paipmanager.referralreports.NoncomplianceKind;
import org.paipmanager.referralreports.ReferralReportsManagement;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.Permission;

import org.springframework.stereotype.Component;

/**
 * Reports to the referral source on the participant file: noncompliance events with their
 * notices (OUT-4), and every report written (OUT-3, OUT-5), with the form to record a
 * noncompliance event.
 */
@Component
class ReferralReportsFileSection implements ParticipantFileSection {

	private final ReferralReportsManagement reports;

	ReferralReportsFileSection(ReferralReportsManagement reports) {
		this.reports = reports;
	}

	@Override
	public int order() {
		return 810;
	}

	@Override
	public Optional<ParticipantFileContent> read(ParticipantDetails participant, Actor actor) {
		if (!actor.hasPermission(Permission.PARTICIPANT_READ)) {
			return Optional.empty();
		}
		return Optional.of(new ParticipantFileContent("referralreports/file-section",
				Map.of("events", this.reports.noncompliance(participant.id()), "reports",
						this.reports.reportsOn(participant.id()), "participantId", participant.id().value(), "kinds",
						NoncomplianceKind.recordedByHand()),
				List.of()));
	}

}
