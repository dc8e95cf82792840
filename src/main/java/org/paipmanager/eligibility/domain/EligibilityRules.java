package org.paipmanager.eligibility.domain;

import java.util.ArrayList;
import java.util.List;

import org.paipmanager.eligibility.domain.EligibilityProposal.Finding;
import org.paipmanager.eligibility.domain.EligibilityProposal.FollowUp;
import org.paipmanager.eligibility.domain.EligibilityProposal.Outcome;
import org.paipmanager.eligibility.domain.ScreeningFindings.SubstanceUse;

/**
 * Proposes an eligibility decision from a screening. The order of the checks is the order
 * of priorities: a victim is never placed in a perpetrators' group, then the scope of the
 * program (intimate partner violence only), then who the group can hold, then who can
 * benefit now. The protected characteristics are never read (PRG-11).
 */
public final class EligibilityRules {

	private EligibilityRules() {
	}

	public static EligibilityProposal evaluate(ScreeningFindings screening) {
		List<Finding> reasons = new ArrayList<>();
		List<FollowUp> followUps = new ArrayList<>();

		// 501.115(a)(1), 501.125(d)(3), 501.230(e): victims are referred to victim
		// services, not served.
		if (screening.identifiedAsVictim() || screening.selfDefenseOrPartnerControlTactic()) {
			if (screening.identifiedAsVictim()) {
				reasons.add(new Finding("identifiedAsVictim", "501.125(d)(3)"));
			}
			if (screening.selfDefenseOrPartnerControlTactic()) {
				reasons.add(new Finding("selfDefenseOrControlTactic", "501.230(e)"));
			}
			followUps.add(FollowUp.REFER_TO_VICTIM_SERVICES_SAFELY);
			followUps.add(FollowUp.NOTIFY_REFERRER_OF_VICTIM_SERVICES_REFERRAL);
			return new EligibilityProposal(Outcome.REFER_TO_VICTIM_SERVICES, reasons, followUps);
		}

		// 501.115(a)(1), 501.125(b)(1): generally violent people are not served by a
		// PAIP.
		if (screening.generallyViolent()) {
			reasons.add(new Finding("generallyViolent", "501.125(b)(1)"));
			followUps.add(FollowUp.NOTIFY_REFERRER_SERVICES_NOT_APPROPRIATE);
			return new EligibilityProposal(Outcome.EXCLUDED, reasons, followUps);
		}

		if (!screening.intimatePartnerViolenceHistory()) {
			Outcome outcome = Outcome.NOT_ELIGIBLE;
			if (screening.violentTowardOtherFamily()) {
				// 501.125(b)(1): violent toward other family members but not intimate
				// partners.
				reasons.add(new Finding("violentTowardOtherFamilyOnly", "501.125(b)(1)"));
				outcome = Outcome.EXCLUDED;
			}
			if (screening.violentOutsideIntimateRelationships()) {
				// 501.125(b)(2): violence exclusively outside intimate relationships.
				reasons.add(new Finding("violentOutsideIntimateRelationshipsOnly", "501.125(b)(2)"));
				outcome = Outcome.EXCLUDED;
			}
			// 501.125(a): no history of violence against an intimate partner.
			reasons.add(new Finding("noIntimatePartnerViolenceHistory", "501.125(a)"));
			followUps.add(FollowUp.NOTIFY_REFERRER_SERVICES_NOT_APPROPRIATE);
			if (screening.referredForNonPartnerViolence()) {
				followUps.add(FollowUp.REFER_BACK_WITH_RECOMMENDATION);
			}
			return new EligibilityProposal(outcome, reasons, followUps);
		}

		// 501.125(c): a non-partner precipitating incident does not matter once IPV
		// history is found.
		if (screening.referredForNonPartnerViolence()) {
			reasons.add(new Finding("nonPartnerIncidentWithPartnerViolenceHistory", "501.125(c)"));
		}

		// 501.125(d)(2): people who would disrupt the group are excluded.
		if (screening.wouldDisruptGroup()) {
			reasons.add(new Finding("wouldDisruptGroup", "501.125(d)(2)"));
			return new EligibilityProposal(Outcome.EXCLUDED, reasons, followUps);
		}

		boolean substanceImpairs = screening.substanceUse() == SubstanceUse.IMPAIRS_ABILITY_TO_BENEFIT;
		if (screening.cannotBenefit() || substanceImpairs) {
			if (screening.cannotBenefit()) {
				// 501.125(d)(1): cannot benefit now; refer for treatment, may re-enter
				// later.
				reasons.add(new Finding("cannotBenefit", "501.125(d)(1)"));
				followUps.add(FollowUp.REFER_FOR_TREATMENT_WITH_REENTRY_CRITERIA);
			}
			if (substanceImpairs) {
				// 501.135(c): substance use that impairs benefit sends the participant
				// back with recommendations.
				reasons.add(new Finding("substanceUseImpairsBenefit", "501.135(c)"));
				followUps.add(FollowUp.REFER_TO_SOURCE_WITH_TREATMENT_RECOMMENDATIONS);
			}
			return new EligibilityProposal(Outcome.REFER_FOR_TREATMENT, reasons, followUps);
		}

		reasons.add(new Finding("intimatePartnerViolenceHistory", "501.125(a)"));
		if (screening.substanceUse() == SubstanceUse.POSSIBLE) {
			// 501.135(a): possible abuse means a treatment referral and/or notice, never
			// a refusal by itself.
			reasons.add(new Finding("possibleSubstanceAbuse", "501.135(a)"));
			followUps.add(FollowUp.REFER_TO_SUBSTANCE_TREATMENT_OR_NOTIFY_REFERRER);
		}
		if (screening.refusedOrWaitlistedForTreatment()) {
			// 501.135(c): refusing treatment or waiting for it must not by itself refuse
			// service.
			reasons.add(new Finding("treatmentRefusedOrWaitlistedNotARefusal", "501.135(c)"));
		}
		return new EligibilityProposal(Outcome.ELIGIBLE, reasons, followUps);
	}

}
