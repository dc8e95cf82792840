package org.paipmanager.victimcontact;

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
 * The compartment's only presence in the participant file: a link for those who may
 * enter, and nothing at all for everyone else. Not even "victim contact on file: yes":
 * that a victim talks to the program can itself put her at risk if it reaches the
 * participant (501.190(d), ADR 0007). The section reads no victim data, so the file page
 * never touches the victim schema.
 */
@Component
class VictimFileSection implements ParticipantFileSection {

	@Override
	public int order() {
		return 950;
	}

	@Override
	public Optional<ParticipantFileContent> read(ParticipantDetails participant, Actor actor) {
		if (actor.isSystem() || !actor.hasPermission(Permission.VICTIM_CONTACT_ACCESS)) {
			return Optional.empty();
		}
		return Optional.of(new ParticipantFileContent("victimcontact/file-section",
				Map.of("participantId", participant.id()), List.of()));
	}

}
