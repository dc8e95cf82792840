package org.paipmanager.agency.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.agency.AgreementCommand;
import org.paipmanager.agency.AgreementView;
import org.paipmanager.agency.RegisteringAgreements;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The MOU registry as JSON (COO-4), with each agreement's renewal status. A change names
 * the version it was made against; a stale one is a 409.
 */
@RestController
@RequestMapping("/api/agreements")
class AgreementApi {

	private final RegisteringAgreements agreements;

	AgreementApi(RegisteringAgreements agreements) {
		this.agreements = agreements;
	}

	@GetMapping
	List<AgreementView> list(@RequestParam(defaultValue = "false") boolean renewalDue) {
		return renewalDue ? this.agreements.renewalsDue() : this.agreements.agreements();
	}

	@GetMapping("/{id}")
	AgreementView get(@PathVariable UUID id) {
		return this.agreements.agreement(id);
	}

	@PostMapping
	ResponseEntity<AgreementView> register(@Valid @RequestBody AgreementCommand agreement) {
		UUID id = this.agreements.register(agreement);
		return ResponseEntity.created(URI.create("/api/agreements/" + id)).body(this.agreements.agreement(id));
	}

	@PutMapping("/{id}")
	AgreementView update(@PathVariable UUID id, @RequestParam long version,
			@Valid @RequestBody AgreementCommand agreement) {
		return this.agreements.update(id, version, agreement);
	}

}
