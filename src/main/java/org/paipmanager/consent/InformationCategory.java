package org.paipmanager.consent;

/**
 * What a release lets the program disclose, drawn from what 501.210(b) says releases are
 * for and what the participant file holds (501.115(b)(11)).
 */
public enum InformationCategory {

	/** Attendance and compliance with program rules (501.210(b), 501.230(b)). */
	ATTENDANCE_AND_COMPLIANCE,
	/** Subsequent or threatened abuse (501.210(b), 501.220). */
	NEW_VIOLENCE_OR_THREATS,
	/** Screening information to plan a proper intervention (501.210(b), 501.115(b)). */
	SCREENING_INFORMATION,
	/** Ongoing progress reports and the final report (501.210(b), 501.115(b)(11)(I)). */
	PROGRESS_AND_FINAL_REPORTS,
	/** A referral to another agency for services (501.115(b)(11)(B), 501.135(a)). */
	REFERRAL_FOR_SERVICES,
	/** Completion or termination and its reason (501.115(b)(11)(H)). */
	COMPLETION_OR_TERMINATION,
	/**
	 * Substance-use information received from a substance-use treatment provider: it goes
	 * out only with the 42 CFR 2.32 redisclosure notice (CON-2).
	 */
	SUBSTANCE_USE_TREATMENT;

	/** Whether information of this category must carry the 42 CFR 2.32 notice. */
	public boolean needsRedisclosureNotice() {
		return this == SUBSTANCE_USE_TREATMENT;
	}

}
