package org.paipmanager.group;

/**
 * Why group is contraindicated for a participant, the two grounds 501.90(a) allows for
 * individual sessions beyond the fourth (GRP-5).
 */
public enum IndividualSessionRationale {

	/** The participant's individual circumstances contraindicate group involvement. */
	INDIVIDUAL_CIRCUMSTANCES,
	/** Too few participants for a suitable group. */
	INSUFFICIENT_NUMBERS

}
