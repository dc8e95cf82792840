package org.paipmanager.fees;

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
 * Fees in the participant file (PRG-7, 501.270): fee per session, balance owed, the last
 * payment, and a link to the ledger.
 */
@Component
class FeesFileSection implements ParticipantFileSection {

	private final FeesManagement fees;

	FeesFileSection(FeesManagement fees) {
		this.fees = fees;
	}

	@Override
	public int order() {
		return 450;
	}

	@Override
	public Optional<ParticipantFileContent> read(ParticipantDetails participant, Actor actor) {
		if (!actor.hasPermission(Permission.FEES_READ)) {
			return Optional.empty();
		}
		FeeLedgerView ledger = this.fees.ledgerInFile(participant.id());
		// Without an assessment or a payment yet, those keys are left out: the content
		// holds no nulls.
		Map<String, Object> model = new HashMap<>();
		model.put("participantId", participant.id().toString());
		model.put("balance", ledger.balance());
		if (ledger.assessment() != null) {
			model.put("feePerSession", ledger.assessment().feePerSession());
		}
		if (ledger.lastPayment() != null) {
			model.put("lastPayment", ledger.lastPayment());
		}
		return Optional.of(new ParticipantFileContent("fees/file-section", model, List.of()));
	}

}
