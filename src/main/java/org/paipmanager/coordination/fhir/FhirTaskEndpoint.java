package org.paipmanager.coordination.fhir;

import org.paipmanager.coordination.ExchangingReferrals;
import org.paipmanager.coordination.FhirAnswer;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The FHIR R4 endpoint partner agencies send referral status updates to: {@code PUT
 * /fhir/r4/Task/{id}} with a Task in {@code application/fhir+json} and the agency's token
 * as {@code Authorization: Bearer}. No session, no CSRF token: the token is the only
 * credential (ADR 0018).
 */
@RestController
@RequestMapping("/fhir/r4")
class FhirTaskEndpoint {

	static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json;charset=UTF-8");

	private final ExchangingReferrals exchange;

	FhirTaskEndpoint(ExchangingReferrals exchange) {
		this.exchange = exchange;
	}

	@PutMapping("/Task/{id}")
	ResponseEntity<String> update(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
			@RequestBody(required = false) String body) {
		FhirAnswer answer = this.exchange.receiveTask(authorization, id, contentType, body);
		ResponseEntity.BodyBuilder response = ResponseEntity.status(answer.status()).contentType(FHIR_JSON);
		if (answer.status() == 401) {
			response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"paip-fhir\"");
		}
		return response.body(answer.body());
	}

}
