package org.paipmanager.participant.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantFileContent;
import org.paipmanager.participant.ParticipantFileSection;
import org.paipmanager.participant.ReferralDecisions;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.Permission;

import org.springframework.stereotype.Component;

/**
 * The referral decision on the participant file (PAR-2, 501.230(a)): accepted, or
 * rejected with the coded reason and the recommended alternative sanction.
 */
@Component
class ReferralDecisionSection implements ParticipantFileSection {

	private final ReferralDecisions decisions;

	ReferralDecisionSection(ReferralDecisions decisions) {
		this.decisions = decisions;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public Optional<ParticipantFileContent> read(ParticipantDetails participant, Actor actor) {
		if (!actor.hasPermission(Permission.PARTICIPANT_READ)) {
			return Optional.empty();
		}
		return Optional.of(new ParticipantFileContent("participant/referral-decision",
				Map.of("decisions", this.decisions.history(participant.id())), List.of()));
	}

}
