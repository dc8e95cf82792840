package org.paipmanager.participant;

/**
 * Why a referral was rejected; 501.230(a) requires the program's procedures to name the
 * reasons for rejection.
 */
public enum RejectionReason {

	/** The referral is not for violence against an intimate partner (501.230(d)). */
	NOT_A_PARTNER_VIOLENCE_REFERRAL,
	/** The person lives or works outside the area the program serves. */
	OUTSIDE_SERVICE_AREA,
	/** The program offers no group in the person's language. */
	LANGUAGE_NOT_OFFERED,
	/** No group fits the person's gender or relationship (501.90(d)(3)). */
	NO_GROUP_FOR_GENDER_OR_COMPOSITION,
	/** The referral lacks what the program needs to screen the person. */
	REFERRAL_INCOMPLETE,
	/** The person is already in, or ordered to, another program. */
	ACTIVE_CASE_ELSEWHERE,
	/** Another reason, written in the explanation. */
	OTHER

}
