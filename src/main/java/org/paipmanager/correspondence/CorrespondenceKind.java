package org.paipmanager.correspondence;

import java.util.Set;

import org.paipmanager.consent.InformationCategory;
import org.paipmanager.consent.ReleasePurpose;

/**
 * What a letter is about. New kinds (eligibility outcome, noncompliance report, final
 * report) are added here as the modules that cause them arrive.
 */
public enum CorrespondenceKind {

	/** The referral was accepted (501.230(a)). */
	REFERRAL_ACCEPTED(InformationCategory.ATTENDANCE_AND_COMPLIANCE),
	/** The referral was rejected, with reason and alternative sanction (501.230(a)). */
	REFERRAL_REJECTED(InformationCategory.ATTENDANCE_AND_COMPLIANCE),
	/**
	 * Not eligible: partner abuse intervention services are not appropriate (501.125(a),
	 * (d)), with the referral recommendation for a non-partner-violence referral
	 * (501.230(d)).
	 */
	ELIGIBILITY_NOT_APPROPRIATE(InformationCategory.SCREENING_INFORMATION),
	/** Excluded from the program, with the section (501.125(b), (d)(2)). */
	ELIGIBILITY_EXCLUDED(InformationCategory.SCREENING_INFORMATION),
	/**
	 * Cannot benefit now: referred for treatment, with the criteria for re-entry
	 * (501.125(d)(1), 501.135(c)).
	 */
	ELIGIBILITY_TREATMENT_REFERRAL(InformationCategory.SCREENING_INFORMATION),
	/** Eligible, with the recommendation of substance-abuse treatment (501.135(a)). */
	ELIGIBILITY_SUBSTANCE_RECOMMENDATION(InformationCategory.SCREENING_INFORMATION),
	/**
	 * A referral to victim services was made (501.230(e), 501.125(d)(3)); says nothing
	 * else.
	 */
	ELIGIBILITY_VICTIM_SERVICES_REFERRAL(InformationCategory.REFERRAL_FOR_SERVICES),
	/** A revised decision found the participant eligible (501.125(d)(1)). */
	ELIGIBILITY_REVISED_ELIGIBLE(InformationCategory.SCREENING_INFORMATION);

	private final InformationCategory category;

	CorrespondenceKind(InformationCategory category) {
		this.category = category;
	}

	/**
	 * What a letter of this kind discloses about the participant, as a release must name
	 * it (501.210(b)).
	 */
	public Set<InformationCategory> categories() {
		return Set.of(this.category);
	}

	/** Letters to the referral source report compliance with the referral (501.230). */
	public ReleasePurpose purpose() {
		return ReleasePurpose.REPORT_COMPLIANCE;
	}

}
