package org.paipmanager.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new wording of the contract in one language. Every clause 501.155 and 501.220(b)
 * require is required; {@code {participant}}, {@code {sessions}}, {@code {fee}} and
 * {@code {program}} are filled in for each participant.
 */
public record ContractTemplateCommand(
		@NotBlank(message = "{validation.required}") @Pattern(regexp = "en|es",
				message = "{contract.language.invalid}") String language,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String title,
		@NotBlank(message = "{validation.required}") @Size(max = 4000,
				message = "{validation.tooLong}") String attendance,
		@NotBlank(message = "{validation.required}") @Size(max = 4000,
				message = "{validation.tooLong}") String participation,
		@NotBlank(message = "{validation.required}") @Size(max = 4000,
				message = "{validation.tooLong}") String behaviour,
		@NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.tooLong}") String fee,
		@NotBlank(message = "{validation.required}") @Size(max = 4000,
				message = "{validation.tooLong}") String violenceReporting,
		@NotBlank(message = "{validation.required}") @Size(max = 4000,
				message = "{validation.tooLong}") String consequences) {

}
