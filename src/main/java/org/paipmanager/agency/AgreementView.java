package org.paipmanager.agency;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An inter-agency agreement (MOU) with where it stands on its term today (COO-4).
 *
 * @param daysToEnd days from today to the last day of the term; negative once expired
 */
public record AgreementView(UUID id, long version, String title, List<Party> parties, List<String> counties,
		String dataSharingTerms, LocalDate startsOn, LocalDate endsOn, RenewalStatus status, long daysToEnd) {

	public AgreementView {
		parties = List.copyOf(parties);
		counties = List.copyOf(counties);
	}

	/** Days before the end of the term from which an agreement is flagged for renewal. */
	public static final int RENEWAL_WINDOW_DAYS = 60;

	/** Where an agreement stands on its term. */
	public enum RenewalStatus {

		IN_FORCE, RENEWAL_DUE, EXPIRED, NOT_YET_IN_FORCE

	}

	/** A party with its name as the directory has it now. */
	public record Party(UUID partnerAgencyId, String name, String role) {
	}

	public boolean multiCounty() {
		return this.counties.size() > 1;
	}

	/** Flagged on the registry and the director's home page. */
	public boolean needsRenewal() {
		return this.status == RenewalStatus.RENEWAL_DUE || this.status == RenewalStatus.EXPIRED;
	}

	/**
	 * The agreement as a command, for a form or an API client to change and send back.
	 */
	public AgreementCommand toCommand() {
		return new AgreementCommand(this.title,
				this.parties.stream().map((p) -> new AgreementParty(p.partnerAgencyId(), p.role())).toList(),
				this.counties, this.dataSharingTerms, this.startsOn, this.endsOn);
	}

}
