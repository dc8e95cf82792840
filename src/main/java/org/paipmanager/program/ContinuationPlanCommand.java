package org.paipmanager.program;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The agency's plan for continuation of services in the event of temporary suspension of
 * services or closure (501.260): alternate locations for services, cooperative agreements
 * with other PAIP providers (each naming its MOU in the agency's agreement registry when
 * there is one), how the primary referral sources are told, and the date the agency will
 * review it next.
 */
public record ContinuationPlanCommand(@NotNull(message = "{validation.required}") LocalDate adoptedOn,
		@NotNull(message = "{validation.required}") LocalDate nextReviewOn,
		@NotBlank(message = "{validation.required}") @Size(max = 5000,
				message = "{validation.tooLong}") String referralNotice,
		@Size(max = 20, message = "{validation.tooLong}") List<@Valid Location> locations,
		@Size(max = 20, message = "{validation.tooLong}") List<@Valid Cooperation> cooperation) {

	public ContinuationPlanCommand {
		locations = (locations != null) ? List.copyOf(locations) : List.of();
		cooperation = (cooperation != null) ? List.copyOf(cooperation) : List.of();
	}

	/** An alternate location for services. */
	public record Location(
			@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String name,
			@NotBlank(message = "{validation.required}") @Size(max = 500,
					message = "{validation.tooLong}") String address,
			@Size(max = 2000, message = "{validation.tooLong}") String arrangements) {
	}

	/**
	 * A cooperative agreement with another PAIP provider to ensure continuity of care.
	 *
	 * @param agreementId the MOU in the agency's agreement registry, if registered
	 */
	public record Cooperation(
			@NotBlank(message = "{validation.required}") @Size(max = 300,
					message = "{validation.tooLong}") String providerName,
			UUID agreementId, @NotBlank(message = "{validation.required}") @Size(max = 2000,
					message = "{validation.tooLong}") String continuity) {
	}

}
