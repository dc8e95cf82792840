package org.paipmanager.participant;

/**
 * Where a participant stands, from referral (501.115) to completion or termination
 * (501.160).
 */
public enum ProgramStage {

	/** Referral received, no screening yet. */
	REFERRED,
	/** Face-to-face intake screening under way (501.115(b)). */
	SCREENING,
	/** Found eligible (501.125); contract not yet signed. */
	ELIGIBLE,
	/** Contract signed (501.155); attending group. */
	ENROLLED,
	/** All 501.160(a) criteria met. */
	COMPLETED,
	/** Terminated with a coded reason (501.160(c)). */
	TERMINATED,
	/** Not admitted: not eligible, excluded or referred elsewhere (501.125, 501.230). */
	NOT_ADMITTED,
	/**
	 * Moved on to another program, in Illinois or out of state, under a release of
	 * information naming it (501.250). The group membership here ended on the transfer
	 * date; the receiving program completes the program.
	 */
	TRANSFERRED_OUT;

	/**
	 * Whether the participant signed the contract and started, whatever came after
	 * (completion, termination or a transfer out).
	 */
	public boolean isEnrolledOrLater() {
		return this == ENROLLED || this == COMPLETED || this == TERMINATED || this == TRANSFERRED_OUT;
	}

}
