package org.paipmanager.statistics;

/**
 * The category of offence of a re-arrest during the program (501.170(g)), the same
 * categories as the charge recorded at intake (501.115(b)(2)).
 */
public enum OffenceCategory {

	DOMESTIC_BATTERY, AGGRAVATED_DOMESTIC_BATTERY, VIOLATION_OF_ORDER_OF_PROTECTION, STALKING_OR_HARASSMENT,
	OTHER_PARTNER_OFFENCE, NON_PARTNER_OFFENCE

}
