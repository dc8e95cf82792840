package org.paipmanager.transfer;

import java.util.HashMap;
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
 * The participant file's transfers (501.250): the program the participant came from with
 * the credit given, or the program the participant left for, and a link to record either.
 * It answers no 501.115(b)(11) item of its own.
 */
@Component
class TransferFileSection implements ParticipantFileSection {

	private final TransferManagement transfers;

	TransferFileSection(TransferManagement transfers) {
		this.transfers = transfers;
	}

	@Override
	public int order() {
		return 410;
	}

	@Override
	public Optional<ParticipantFileContent> read(ParticipantDetails participant, Actor actor) {
		if (!actor.hasPermission(Permission.PARTICIPANT_READ)) {
			return Optional.empty();
		}
		Map<String, Object> model = new HashMap<>();
		model.put("participantId", participant.id());
		TransferHistory history = this.transfers.history(participant.id());
		history.latestIn().ifPresent((in) -> model.put("in", in));
		if (history.transferOut() != null) {
			model.put("out", history.transferOut());
		}
		return Optional.of(new ParticipantFileContent("transfer/file-section", model, List.of()));
	}

}
