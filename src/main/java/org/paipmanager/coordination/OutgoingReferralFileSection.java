package org.paipmanager.coordination;

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
 * The participant file's list of referrals to other agencies, answering item B of
 * 501.115(b)(11): present when every referral names the release it was made under, not
 * due while none was made. Each referral shows its statuses as sent and as the agency
 * answered (issue 7).
 */
@Component
class OutgoingReferralFileSection implements ParticipantFileSection {

	private final CoordinationManagement coordination;

	private final ExchangingReferrals exchange;

	OutgoingReferralFileSection(CoordinationManagement coordination, ExchangingReferrals exchange) {
		this.coordination = coordination;
		this.exchange = exchange;
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public Optional<ParticipantFileContent> read(ParticipantDetails participant, Actor actor) {
		if (!actor.hasPermission(Permission.PARTICIPANT_READ)) {
			return Optional.empty();
		}
		List<OutgoingReferral> referrals = this.coordination.referrals(participant.id());
		FileChecklistItem itemB = referrals.isEmpty() ? new FileChecklistItem('B', false, "fileChecklist.notDue")
				: new FileChecklistItem('B', referrals.stream().allMatch((referral) -> referral.releaseId() != null),
						"coordination.checklist.withRelease");
		return Optional
			.of(new ParticipantFileContent("coordination/file-section", Map.of("participantId", participant.id(),
					"referrals", referrals, "statuses", this.exchange.statuses(participant.id())), List.of(itemB)));
	}

}
