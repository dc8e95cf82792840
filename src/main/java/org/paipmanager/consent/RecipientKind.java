package org.paipmanager.consent;

/**
 * Who a release lets the program disclose to.
 */
public enum RecipientKind {

	/** An agency in the program's partner-agency directory (501.105). */
	PARTNER_AGENCY,
	/** Whoever referred the participant (501.230). */
	REFERRAL_SOURCE,
	/** Another person or organisation, named on the release. */
	OTHER

}
