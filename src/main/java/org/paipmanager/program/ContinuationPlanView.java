package org.paipmanager.program;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The continuation-of-services plan (501.260) with whom it was shared and which of the
 * three things the rule asks it to address are still missing.
 *
 * @param missing message keys of the 501.260 elements not addressed yet: alternate
 * locations, cooperative agreements with other PAIPs, the plan shared with the primary
 * referral sources
 */
public record ContinuationPlanView(UUID id, long version, LocalDate adoptedOn, LocalDate nextReviewOn,
		String referralNotice, List<ContinuationPlanCommand.Location> locations, List<Cooperation> cooperation,
		List<Shared> sharedWith, List<String> missing) {

	public static final String SECTION = "501.260";

	public ContinuationPlanView {
		locations = List.copyOf(locations);
		cooperation = List.copyOf(cooperation);
		sharedWith = List.copyOf(sharedWith);
		missing = List.copyOf(missing);
	}

	/**
	 * A cooperative agreement with the MOU it names as the registry has it now (title and
	 * last day), if it names one.
	 */
	public record Cooperation(String providerName, UUID agreementId, String agreementTitle, LocalDate agreementEndsOn,
			String continuity) {
	}

	/** A referral source that received the plan, at which version of it. */
	public record Shared(UUID partnerAgencyId, String partnerName, LocalDate sharedOn, String how, long planVersion) {
	}

	public boolean complete() {
		return this.missing.isEmpty();
	}

	/** The plan as a command, for a form or an API client to change and send back. */
	public ContinuationPlanCommand toCommand() {
		return new ContinuationPlanCommand(this.adoptedOn, this.nextReviewOn, this.referralNotice, this.locations,
				this.cooperation.stream()
					.map((c) -> new ContinuationPlanCommand.Cooperation(c.providerName(), c.agreementId(),
							c.continuity()))
					.toList());
	}

}
