package org.paipmanager.fees.domain;

/** How an assessed fee departs from the sliding scale, under the agency's fee policy. */
public enum FeeAdjustment {

	/** The scale's fee, never below the policy minimum. */
	NONE,
	/** The scale's fee reduced by a percentage, with the reason. */
	REDUCTION,
	/** No fee at all, with the reason. */
	WAIVER

}
