package org.paipmanager.intake;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.paipmanager.participant.FileChecklistItem;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantFileContent;
import org.paipmanager.participant.ParticipantFileSection;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.Permission;

import org.springframework.stereotype.Component;

/** The screening's place in the participant file: item A of 501.115(b)(11). */
@Component
class ScreeningFileSection implements ParticipantFileSection {

	private final IntakeScreenings screenings;

	ScreeningFileSection(IntakeScreenings screenings) {
		this.screenings = screenings;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public Optional<ParticipantFileContent> read(ParticipantDetails participant, Actor actor) {
		if (!actor.hasPermission(Permission.PARTICIPANT_READ)) {
			return Optional.empty();
		}
		Optional<ScreeningView> screening = this.screenings.find(participant.id());
		String status = screening.map((found) -> found.complete() ? "COMPLETE" : "DRAFT").orElse("NONE");
		Map<String, Object> model = new java.util.HashMap<>();
		model.put("participantId", participant.id().toString());
		model.put("status", status);
		screening.ifPresent((found) -> {
			model.put("incompleteSteps", found.incompleteSteps());
			if (found.complete()) {
				model.put("completedOn", found.completedAt().atZone(ZoneId.systemDefault()).toLocalDate().toString());
				model.put("completedBy", found.completedBy());
			}
		});
		boolean complete = "COMPLETE".equals(status);
		return Optional.of(new ParticipantFileContent("intake/file-section", model, List.of(new FileChecklistItem('A',
				complete, complete ? null : ("NONE".equals(status) ? null : "screening.file.draftDetail")))));
	}

}
