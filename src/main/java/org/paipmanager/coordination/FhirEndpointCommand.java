package org.paipmanager.coordination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Marks a partner agency as taking referrals as HL7 FHIR R4 at this base URL.
 */
public record FhirEndpointCommand(
		@NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.tooLong}") @Pattern(
				regexp = "https?://[^\\s/?#]+[^\\s?#]*",
				message = "{coordination.fhir.baseUrlInvalid}") String baseUrl) {

}
