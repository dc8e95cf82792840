package org.paipmanager.completion;

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

/**
 * Progress toward completion in the participant file: attendance against the standard,
 * the seven 501.160(a) criteria, and item H of 501.115(b)(11) once the program ended.
 */
@Component
class CompletionFileSection implements ParticipantFileSection {

	private final CompletionManagement completion;

	CompletionFileSection(CompletionManagement completion) {
		this.completion = completion;
	}

	@Override
	public int order() {
		return 450;
	}

	@Override
	public Optional<ParticipantFileContent> read(ParticipantDetails participant, Actor actor) {
		if (!actor.hasPermission(Permission.PARTICIPANT_READ) || !participant.stage().isEnrolledOrLater()) {
			return Optional.empty();
		}
		CompletionProgress progress = this.completion.progress(participant);
		// Item H: the date of completion or the reason for termination, once there is
		// one.
		List<FileChecklistItem> answers = (progress.outcome() != null) ? List.of(new FileChecklistItem('H', true, null))
				: List.of();
		return Optional.of(new ParticipantFileContent("completion/file-section",
				Map.of("progress", progress, "participantId", participant.id()), answers));
	}

}
