package org.paipmanager.statistics;

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
 * The participant file's re-arrests during the program (501.170(g)), with a link to
 * record one. Answers no item of the 501.115(b)(11) checklist.
 */
@Component
class RearrestFileSection implements ParticipantFileSection {

	private final RecordingRearrests rearrests;

	RearrestFileSection(RecordingRearrests rearrests) {
		this.rearrests = rearrests;
	}

	@Override
	public int order() {
		return 850;
	}

	@Override
	public Optional<ParticipantFileContent> read(ParticipantDetails participant, Actor actor) {
		if (!actor.hasPermission(Permission.PARTICIPANT_READ)) {
			return Optional.empty();
		}
		return Optional.of(new ParticipantFileContent(
				"statistics/rearrest-section", Map.of("participantId", participant.id(), "rearrests",
						this.rearrests.rearrests(participant.id()), "started", participant.programStartDate() != null),
				List.of()));
	}

}
