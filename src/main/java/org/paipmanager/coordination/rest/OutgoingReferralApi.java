package org.paipmanager.coordination.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.coordination.CoordinationManagement;
import org.paipmanager.coordination.OutgoingReferral;
import org.paipmanager.coordination.OutgoingReferralCommand;
import org.paipmanager.shared.ParticipantId;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A participant's referrals to other agencies as JSON. A referral without a release in
 * force that covers the agency is refused with the rule named (501.115(b)(11)(B)).
 */
@RestController
@RequestMapping("/api/participants/{id}/outgoing-referrals")
class OutgoingReferralApi {

	private final CoordinationManagement coordination;

	OutgoingReferralApi(CoordinationManagement coordination) {
		this.coordination = coordination;
	}

	@GetMapping
	List<OutgoingReferral> list(@PathVariable ParticipantId id) {
		return this.coordination.referrals(id);
	}

	@PostMapping
	ResponseEntity<OutgoingReferral> refer(@PathVariable ParticipantId id,
			@Valid @RequestBody OutgoingReferralCommand referral) {
		UUID referralId = this.coordination.refer(id, referral);
		OutgoingReferral saved = this.coordination.referrals(id)
			.stream()
			.filter((found) -> found.id().equals(referralId))
			.findFirst()
			.orElseThrow();
		return ResponseEntity.created(URI.create("/api/participants/" + id + "/outgoing-referrals")).body(saved);
	}

}
