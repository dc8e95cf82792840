package org.paipmanager.eligibility.domain;

/**
 * What the face-to-face screening established (501.115(b)), as the eligibility rules read
 * it.
 *
 * @param intimatePartnerViolenceHistory a pattern of abusive, controlling or violent
 * behaviour in intimate relationships (501.125(a), (d); 501.230(d))
 * @param referredForNonPartnerViolence the precipitating incident did not involve an
 * intimate partner (501.125(c), 501.230(d))
 * @param generallyViolent violent in general (501.115(a)(1), 501.125(b)(1))
 * @param violentTowardOtherFamily violence toward family members other than intimate
 * partners, such as child or elder abuse (501.125(b)(1))
 * @param violentOutsideIntimateRelationships violence outside intimate relationships,
 * such as gang-initiated violence (501.125(b)(2))
 * @param identifiedAsVictim the primary-aggressor assessment identifies the person as the
 * victim in the relationship (501.115(b)(4)(C), 501.125(d)(3))
 * @param selfDefenseOrPartnerControlTactic acted in self-defence, or the arrest was based
 * on a control tactic of the partner (501.230(e))
 * @param wouldDisruptGroup would disrupt the group (501.125(d)(2))
 * @param cannotBenefit a medical or mental-health condition prevents benefiting from the
 * program now (501.115(b)(8)-(9), 501.125(d)(1))
 * @param substanceUse the substance-use screen's result (501.115(b)(10), 501.135)
 * @param refusedOrWaitlistedForTreatment refused substance-abuse treatment or is on a
 * waiting list (501.135(c))
 * @param protectedCharacteristics recorded for statistics; the rules never read them
 * (PRG-11)
 */
public record ScreeningFindings(boolean intimatePartnerViolenceHistory, boolean referredForNonPartnerViolence,
		boolean generallyViolent, boolean violentTowardOtherFamily, boolean violentOutsideIntimateRelationships,
		boolean identifiedAsVictim, boolean selfDefenseOrPartnerControlTactic, boolean wouldDisruptGroup,
		boolean cannotBenefit, SubstanceUse substanceUse, boolean refusedOrWaitlistedForTreatment,
		ProtectedCharacteristics protectedCharacteristics) {

	/** The substance-use screen's result. */
	public enum SubstanceUse {

		/** No sign of a substance-use problem. */
		NONE,
		/**
		 * Possible drug or alcohol abuse: refer for treatment and/or notify (501.135(a)).
		 */
		POSSIBLE,
		/** Use impairs the ability to benefit from the program (501.135(c)). */
		IMPAIRS_ABILITY_TO_BENEFIT

	}

	/**
	 * Characteristics on which no eligibility rule may turn (501.30(b)(10), 501.410(b)).
	 */
	public record ProtectedCharacteristics(String race, String religion, String nationalOrigin, String disability,
			String sexualOrientation, Integer age, Integer annualIncome) {

		public static ProtectedCharacteristics notRecorded() {
			return new ProtectedCharacteristics(null, null, null, null, null, null, null);
		}

	}

}
