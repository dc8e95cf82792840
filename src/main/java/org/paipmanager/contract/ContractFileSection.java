package org.paipmanager.contract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.paipmanager.participant.FileChecklistItem;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantFileContent;
import org.paipmanager.participant.ParticipantFileSection;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Permission;

import org.springframework.stereotype.Component;

/**
 * The contract's place in the participant file: items C (signed contract) and D (program
 * start date) of 501.115(b)(11).
 */
@Component
class ContractFileSection implements ParticipantFileSection {

	private final ContractManagement contracts;

	private final ParticipantManagement participants;

	ContractFileSection(ContractManagement contracts, ParticipantManagement participants) {
		this.contracts = contracts;
		this.participants = participants;
	}

	@Override
	public int order() {
		return 300;
	}

	@Override
	public Optional<ParticipantFileContent> read(ParticipantId participant, Actor actor) {
		if (!actor.hasPermission(Permission.PARTICIPANT_READ)) {
			return Optional.empty();
		}
		Optional<ContractView> contract = this.contracts.find(participant);
		ParticipantDetails details = this.participants.get(participant);
		boolean signed = contract.map(ContractView::signed).orElse(false);
		Map<String, Object> model = new HashMap<>();
		model.put("participantId", participant.toString());
		model.put("status", contract.isEmpty() ? "NONE" : (signed ? "SIGNED" : "UNSIGNED"));
		contract.filter(ContractView::signed).ifPresent((found) -> {
			model.put("signedOn", found.signedOn().toString());
			model.put("programStart", String.valueOf(details.programStartDate()));
		});
		// Before eligibility there is no contract to sign yet.
		boolean due = details.stage() == ProgramStage.ELIGIBLE || details.stage() == ProgramStage.ENROLLED
				|| details.stage() == ProgramStage.COMPLETED || details.stage() == ProgramStage.TERMINATED;
		String notDue = due ? null : "fileChecklist.notDue";
		return Optional.of(new ParticipantFileContent("contract/file-section", model,
				List.of(new FileChecklistItem('C', signed, notDue),
						new FileChecklistItem('D', details.programStartDate() != null, notDue))));
	}

}
