package org.paipmanager.consent;

/**
 * Where a release stands on a given day.
 */
public enum ReleaseStatus {

	/** Signed, not expired and not revoked: disclosures within it are allowed. */
	IN_FORCE,
	/** Its expiry date has come. */
	EXPIRED,
	/** The participant withdrew it. */
	REVOKED

}
