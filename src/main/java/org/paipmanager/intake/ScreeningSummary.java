package org.paipmanager.intake;

/**
 * What a completed screening established that eligibility and enrolment read: coded
 * answers only, never the descriptive text.
 *
 * @param complete whether intake completed the screening
 * @param chargeType 501.115(b)(2)(B)
 * @param primaryAggressor 501.115(b)(4)(C): PARTICIPANT, PARTNER or UNCLEAR
 * @param medicalImpact 501.115(b)(8)
 * @param mentalHealthImpact 501.115(b)(9)
 * @param substanceUse 501.115(b)(10)
 * @param substanceTreatment 501.135(c)
 */
public record ScreeningSummary(boolean complete, String chargeType, String primaryAggressor, String medicalImpact,
		String mentalHealthImpact, String substanceUse, String substanceTreatment) {

	public static ScreeningSummary notStarted() {
		return new ScreeningSummary(false, null, null, null, null, null, null);
	}

}
