package org.paipmanager.correspondence.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.paipmanager.correspondence.CorrespondenceManagement;
import org.paipmanager.correspondence.LetterListing;
import org.paipmanager.participant.FileChecklistItem;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantFileContent;
import org.paipmanager.participant.ParticipantFileSection;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.Permission;

import org.springframework.stereotype.Component;

/**
 * The correspondence list on the participant file, answering checklist item I of
 * 501.115(b)(11).
 */
@Component
class CorrespondenceFileSection implements ParticipantFileSection {

	private final CorrespondenceManagement correspondence;

	CorrespondenceFileSection(CorrespondenceManagement correspondence) {
		this.correspondence = correspondence;
	}

	@Override
	public int order() {
		return 800;
	}

	@Override
	public Optional<ParticipantFileContent> read(ParticipantDetails participant, Actor actor) {
		if (!actor.hasPermission(Permission.PARTICIPANT_READ)) {
			return Optional.empty();
		}
		List<LetterListing> letters = this.correspondence.letters(participant.id());
		return Optional.of(new ParticipantFileContent("correspondence/file-section",
				Map.of("letters", letters, "participantId", participant.id().value()),
				List.of(itemI(participant, letters))));
	}

	// A decided referral always has its letter (written in the deciding transaction), so
	// nothing is due only while the referral still waits for its decision.
	private static FileChecklistItem itemI(ParticipantDetails participant, List<LetterListing> letters) {
		if (!letters.isEmpty()) {
			return new FileChecklistItem('I', true, null);
		}
		boolean awaitingDecision = participant.stage() == ProgramStage.REFERRED;
		return new FileChecklistItem('I', false,
				awaitingDecision ? "fileChecklist.notDue" : "correspondence.checklist.noLetter");
	}

}
