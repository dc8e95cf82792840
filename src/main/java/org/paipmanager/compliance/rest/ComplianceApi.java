package org.paipmanager.compliance.rest;

import java.time.LocalDate;
import java.util.List;

import org.paipmanager.compliance.ComplianceManagement;
import org.paipmanager.compliance.PolicyCommand;
import org.paipmanager.compliance.PolicyView;
import org.paipmanager.compliance.SelfCheck;
import org.paipmanager.compliance.SubpartBSection;
import org.paipmanager.shared.RecordNotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The compliance self-check and written policies as JSON (PRG-5): a stale policy edit
 * answers 409, a refused one 400, both as problem+json.
 */
@RestController
class ComplianceApi {

	private final ComplianceManagement compliance;

	ComplianceApi(ComplianceManagement compliance) {
		this.compliance = compliance;
	}

	@GetMapping("/api/compliance/self-check")
	SelfCheck selfCheck() {
		return this.compliance.selfCheck();
	}

	@GetMapping("/api/compliance/policies")
	List<PolicyView> policies() {
		return this.compliance.policies();
	}

	@PutMapping("/api/compliance/policies/{section}")
	PolicyView writePolicy(@PathVariable String section, @RequestBody PolicyRequest request) {
		SubpartBSection found = SubpartBSection.of(section)
			.orElseThrow(() -> new RecordNotFoundException("compliance-policy", section));
		this.compliance.writePolicy(
				new PolicyCommand(found, request.title(), request.text(), request.effectiveOn(), request.version()));
		return this.compliance.policy(found);
	}

	/**
	 * A new version of a section's policy.
	 *
	 * @param version the policy version the edit starts from; null for the first
	 */
	record PolicyRequest(String title, String text, LocalDate effectiveOn, Long version) {
	}

}
