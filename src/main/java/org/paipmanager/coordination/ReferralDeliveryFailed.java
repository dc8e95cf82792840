package org.paipmanager.coordination;

import java.util.UUID;

/**
 * The partner's FHIR server did not take the referral: nothing was recorded as sent and
 * no disclosure was ledgered, so it can be sent again.
 *
 * @see ExchangingReferrals#send
 */
public class ReferralDeliveryFailed extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int httpStatus;

	ReferralDeliveryFailed(UUID referralId, int httpStatus) {
		super("FHIR delivery of referral " + referralId + " failed"
				+ ((httpStatus > 0) ? " (HTTP " + httpStatus + ")" : " (no answer)"));
		this.httpStatus = httpStatus;
	}

	/** The partner server's HTTP status, or 0 when it could not be reached. */
	public int httpStatus() {
		return this.httpStatus;
	}

}
