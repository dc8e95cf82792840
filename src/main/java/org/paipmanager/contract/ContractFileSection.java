package org.paipmanager.contract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.paipmanager.participant.FileChecklistItem;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantFileContent;
import org.paipmanager.participant.ParticipantFileSection;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.Permission;

import org.springframework.stereotype.Component;

/**
 * The contract's place in the participant file: items C (signed contract) and D (program
 * start date) of 501.115(b)(11).
 */
@Component
class ContractFileSection implements ParticipantFileSection {

	private final ContractManagement contracts;

	ContractFileSection(ContractManagement contracts) {
		this.contracts = contracts;
	}

	@Override
	public int order() {
		return 300;
	}

	@Override
	public Optional<ParticipantFileContent> read(ParticipantDetails participant, Actor actor) {
		if (!actor.hasPermission(Permission.PARTICIPANT_READ)) {
			return Optional.empty();
		}
		Optional<ContractView> contract = this.contracts.find(participant.id());
		boolean signed = contract.map(ContractView::signed).orElse(false);
		Map<String, Object> model = new HashMap<>();
		model.put("participantId", participant.id().toString());
		model.put("status", contract.isEmpty() ? "NONE" : (signed ? "SIGNED" : "UNSIGNED"));
		contract.filter(ContractView::signed).ifPresent((found) -> {
			model.put("signedOn", found.signedOn().toString());
			model.put("programStart", String.valueOf(participant.programStartDate()));
		});
		// Before eligibility there is no contract to sign yet.
		boolean due = participant.stage() == ProgramStage.ELIGIBLE || participant.stage().isEnrolledOrLater();
		String notDue = due ? null : "fileChecklist.notDue";
		return Optional.of(new ParticipantFileContent("contract/file-section", model,
				List.of(new FileChecklistItem('C', signed, notDue),
						new FileChecklistItem('D', participant.programStartDate() != null, notDue))));
	}

}
