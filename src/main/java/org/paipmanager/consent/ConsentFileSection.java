package org.paipmanager.consent;

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
 * The participant file's summary of the confidentiality explanation and the releases in
 * force, linking to the consent page. It answers no 501.115(b)(11) item of its own.
 */
@Component
class ConsentFileSection implements ParticipantFileSection {

	private final ConsentManagement consent;

	ConsentFileSection(ConsentManagement consent) {
		this.consent = consent;
	}

	@Override
	public int order() {
		return 150;
	}

	@Override
	public Optional<ParticipantFileContent> read(ParticipantDetails participant, Actor actor) {
		if (!actor.hasPermission(Permission.PARTICIPANT_READ)) {
			return Optional.empty();
		}
		List<ConfidentialityExplanation> explanations = this.consent.explanations(participant.id());
		List<ReleaseView> releases = this.consent.releases(participant.id());
		Map<String, Object> model = new HashMap<>();
		model.put("participantId", participant.id());
		model.put("explanationCount", explanations.size());
		explanations.stream().findFirst().ifPresent((latest) -> model.put("explanation", latest));
		model.put("releasesInForce", releases.stream().filter(ReleaseView::inForce).toList());
		model.put("releaseCount", releases.size());
		return Optional.of(new ParticipantFileContent("consent/file-section", model, List.of()));
	}

}
