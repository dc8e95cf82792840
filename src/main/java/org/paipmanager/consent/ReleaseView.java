package org.paipmanager.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.paipmanager.participant.ReferralSource;

/**
 * A release of information as the consent page and API show it, with its status today.
 *
 * @param partnerAgencyId the directory entry, for a partner-agency recipient
 * @param recipientName the partner agency's name when signed, or the other recipient's
 * name
 * @param referralSource the referral source, for a referral-source recipient
 * @param elements the statutory elements as signed
 * @param revokedOn the day it was revoked, or null
 */
public record ReleaseView(ReleaseId id, long version, RecipientKind recipientKind, UUID partnerAgencyId,
		String recipientName, ReferralSource referralSource, List<InformationCategory> categories,
		List<ReleasePurpose> purposes, String purposeDetail, ReleaseBasis basis, LocalDate signedOn,
		LocalDate expiresOn, ReleaseElements elements, LocalDate revokedOn, String revocationReason, String revokedBy,
		String recordedBy, ReleaseStatus status) {

	public ReleaseView {
		categories = List.copyOf(categories);
		purposes = List.copyOf(purposes);
	}

	public boolean inForce() {
		return this.status == ReleaseStatus.IN_FORCE;
	}

}
