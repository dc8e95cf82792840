package org.paipmanager.contract.rest;

import java.time.LocalDate;

import jakarta.validation.Valid;

import org.paipmanager.contract.ContractCommand;
import org.paipmanager.contract.ContractManagement;
import org.paipmanager.contract.ContractView;
import org.paipmanager.contract.SigningCommand;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.RecordNotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A participant's contract as JSON: read it, generate it, record the signing with a drawn
 * signature as a PNG data URL.
 */
@RestController
@RequestMapping("/api/participants/{id}/contract")
class ContractApi {

	private final ContractManagement contracts;

	ContractApi(ContractManagement contracts) {
		this.contracts = contracts;
	}

	@GetMapping
	ContractView get(@PathVariable ParticipantId id) {
		return this.contracts.find(id).orElseThrow(() -> new RecordNotFoundException("participant-contract", id));
	}

	@PostMapping
	ContractView generate(@PathVariable ParticipantId id, @Valid @RequestBody ContractCommand command) {
		return this.contracts.generate(id, command);
	}

	@PostMapping("/signing")
	ContractView sign(@PathVariable ParticipantId id, @Valid @RequestBody Signing signing) {
		return this.contracts.sign(id, signing.version(), new SigningCommand(signing.signedOn(), signing.signerName(),
				signing.programStartDate(), signing.signatureDataUrl()), null, null);
	}

	/** The signing as JSON: the version read and the signing itself. */
	record Signing(long version, LocalDate signedOn, String signerName, LocalDate programStartDate,
			String signatureDataUrl) {
	}

}
