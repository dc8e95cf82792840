package org.paipmanager.correspondence;

/**
 * What a letter is about. New kinds (eligibility outcome, noncompliance report, final
 * report) are added here as the modules that cause them arrive.
 */
public enum CorrespondenceKind {

	/** The referral was accepted (501.230(a)). */
	REFERRAL_ACCEPTED,
	/** The referral was rejected, with reason and alternative sanction (501.230(a)). */
	REFERRAL_REJECTED

}
