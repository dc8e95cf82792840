package org.paipmanager.agency;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An inter-agency agreement (MOU) as entered (COO-4): its parties with their roles, the
 * counties it covers (one or several), the data-sharing terms and its term.
 */
public record AgreementCommand(
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String title,
		@NotEmpty(message = "{agency.agreement.partiesRequired}") @Size(max = 30,
				message = "{validation.tooLong}") List<@Valid AgreementParty> parties,
		@NotEmpty(message = "{agency.agreement.countiesRequired}") @Size(max = 102,
				message = "{validation.tooLong}") List<@NotBlank @Size(max = 100) String> counties,
		@Size(max = 5000, message = "{validation.tooLong}") String dataSharingTerms,
		@NotNull(message = "{validation.required}") LocalDate startsOn,
		@NotNull(message = "{validation.required}") LocalDate endsOn) {

	public AgreementCommand {
		parties = (parties != null) ? List.copyOf(parties) : List.of();
		counties = (counties != null) ? List.copyOf(counties) : List.of();
	}

}
