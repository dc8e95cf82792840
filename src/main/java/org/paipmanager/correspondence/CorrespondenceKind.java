package org.paipmanager.correspondence;

/**
 * What a letter is about. New kinds (eligibility outcome, noncompliance report, final
 * report) are added here as the modules that cause them arrive.
 */
public enum CorrespondenceKind {

	/** The referral was accepted (501.230(a)). */
	REFERRAL_ACCEPTED,
	/** The referral was rejected, with reason and alternative sanction (501.230(a)). */
	REFERRAL_REJECTED,
	/**
	 * Not eligible: partner abuse intervention services are not appropriate (501.125(a),
	 * (d)), with the referral recommendation for a non-partner-violence referral
	 * (501.230(d)).
	 */
	ELIGIBILITY_NOT_APPROPRIATE,
	/** Excluded from the program, with the section (501.125(b), (d)(2)). */
	ELIGIBILITY_EXCLUDED,
	/**
	 * Cannot benefit now: referred for treatment, with the criteria for re-entry
	 * (501.125(d)(1), 501.135(c)).
	 */
	ELIGIBILITY_TREATMENT_REFERRAL,
	/** Eligible, with the recommendation of substance-abuse treatment (501.135(a)). */
	ELIGIBILITY_SUBSTANCE_RECOMMENDATION,
	/**
	 * A referral to victim services was made (501.230(e), 501.125(d)(3)); says nothing
	 * else.
	 */
	ELIGIBILITY_VICTIM_SERVICES_REFERRAL,
	/** A revised decision found the participant eligible (501.125(d)(1)). */
	ELIGIBILITY_REVISED_ELIGIBLE

}
