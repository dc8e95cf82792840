package org.paipmanager.compliance;

/**
 * How a self-check row stands: met, needs attention, or not met. Ordered from best to
 * worst.
 */
public enum CheckStatus {

	MET, ATTENTION, NOT_MET;

	/** The worse of the two. */
	public CheckStatus and(CheckStatus other) {
		return (other.ordinal() > ordinal()) ? other : this;
	}

}
