package org.paipmanager.participant;

/**
 * What the program decided about an incoming referral (501.230(a)).
 */
public enum ReferralOutcome {

	/** Accepted: the participant moves on to intake screening. */
	ACCEPTED,
	/** Rejected with a coded reason and a recommended alternative sanction. */
	REJECTED

}
