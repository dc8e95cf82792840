package org.paipmanager.victimcontact;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A victim's Consent to Release &amp; Receive Information for one partner agency (seed
 * 004, step 3), kept in the compartment. Revocation counts from its date.
 *
 * @param agencyName the agency's name in the directory
 */
public record PlanningConsent(UUID id, UUID partnerAgencyId, String agencyName, boolean releaseInformation,
		boolean receiveInformation, ConsentForm form, LocalDate signedOn, LocalDate expiresOn, LocalDate revokedOn,
		long version) {

	/**
	 * Whether the agency may be invited, or sent the summary, on the given day: the
	 * consent covers both releasing and receiving, was signed by then, is not revoked
	 * from that day or earlier and has not expired.
	 */
	public boolean coversOn(LocalDate day) {
		return this.releaseInformation && this.receiveInformation && !this.signedOn.isAfter(day)
				&& (this.revokedOn == null || this.revokedOn.isAfter(day))
				&& (this.expiresOn == null || !this.expiresOn.isBefore(day));
	}

	public boolean revoked() {
		return this.revokedOn != null;
	}

}
