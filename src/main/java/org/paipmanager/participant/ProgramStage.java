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
	NOT_ADMITTED;

	/** Whether the participant signed the contract and started, whatever came after. */
	public boolean isEnrolledOrLater() {
		return this == ENROLLED || this == COMPLETED || this == TERMINATED;
	}

}
