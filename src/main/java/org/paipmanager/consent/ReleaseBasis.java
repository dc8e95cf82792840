package org.paipmanager.consent;

/**
 * Whether signing a release is strictly voluntary or required for participation in the
 * program, as the participant was told (501.210(a)).
 */
public enum ReleaseBasis {

	VOLUNTARY, REQUIRED_FOR_PARTICIPATION

}
