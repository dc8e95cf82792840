package org.paipmanager.consent;

/**
 * Why information is released, in the words of 501.210(b).
 */
public enum ReleasePurpose {

	/** To report compliance, or subsequent or threatened abuse. */
	REPORT_COMPLIANCE,
	/** Screening information or related ongoing data to plan a proper intervention. */
	SCREENING_AND_INTERVENTION_PLANNING,
	/** To collaborate on an ongoing basis on an intervention plan. */
	ONGOING_COLLABORATION,
	/** To refer the participant to other services (501.115(b)(11)(B)). */
	REFERRAL_TO_SERVICES

}
