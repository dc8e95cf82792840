package org.paipmanager.participant;

/** The charge on the referral papers (501.115(b)(2)(B)). */
public enum ChargeType {

	DOMESTIC_BATTERY, AGGRAVATED_DOMESTIC_BATTERY, VIOLATION_OF_ORDER_OF_PROTECTION, STALKING_OR_HARASSMENT,
	OTHER_PARTNER_OFFENCE,
	/**
	 * The incident did not involve an intimate partner: screen for a pattern
	 * (501.230(d)).
	 */
	NON_PARTNER_OFFENCE,
	/** Voluntary or agency referral without a charge. */
	NO_CHARGE

}
