package org.paipmanager.eligibility;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.paipmanager.intake.ScreeningSummary;
import org.paipmanager.eligibility.domain.EligibilityProposal.Outcome;
import org.paipmanager.eligibility.domain.ScreeningFindings;
import org.paipmanager.eligibility.domain.ScreeningFindings.ProtectedCharacteristics;
import org.paipmanager.eligibility.domain.ScreeningFindings.SubstanceUse;

/**
 * The screening findings the eligibility rules read, and the staff member's decision:
 * confirm the proposal, or override it with a written reason (501.125(d)(1): a
 * determination can be revised on additional information).
 */
public record EligibilityDecisionCommand(Boolean intimatePartnerViolenceHistory, Boolean referredForNonPartnerViolence,
		Boolean generallyViolent, Boolean violentTowardOtherFamily, Boolean violentOutsideIntimateRelationships,
		Boolean identifiedAsVictim, Boolean selfDefenseOrPartnerControlTactic, Boolean wouldDisruptGroup,
		Boolean cannotBenefit, @NotNull(message = "{validation.required}") SubstanceUse substanceUse,
		Boolean refusedOrWaitlistedForTreatment, Boolean override, Outcome overrideOutcome,
		@Size(max = 2000, message = "{validation.tooLong}") String overrideReason) {

	/** Unticked checkboxes or omitted JSON fields mean no. */
	public EligibilityDecisionCommand {
		intimatePartnerViolenceHistory = Boolean.TRUE.equals(intimatePartnerViolenceHistory);
		referredForNonPartnerViolence = Boolean.TRUE.equals(referredForNonPartnerViolence);
		generallyViolent = Boolean.TRUE.equals(generallyViolent);
		violentTowardOtherFamily = Boolean.TRUE.equals(violentTowardOtherFamily);
		violentOutsideIntimateRelationships = Boolean.TRUE.equals(violentOutsideIntimateRelationships);
		identifiedAsVictim = Boolean.TRUE.equals(identifiedAsVictim);
		selfDefenseOrPartnerControlTactic = Boolean.TRUE.equals(selfDefenseOrPartnerControlTactic);
		wouldDisruptGroup = Boolean.TRUE.equals(wouldDisruptGroup);
		cannotBenefit = Boolean.TRUE.equals(cannotBenefit);
		refusedOrWaitlistedForTreatment = Boolean.TRUE.equals(refusedOrWaitlistedForTreatment);
		override = Boolean.TRUE.equals(override);
	}

	/** An override names the outcome chosen instead and why. */
	@AssertTrue(message = "{eligibility.override.reasonRequired}")
	public boolean isOverrideExplained() {
		return !this.override
				|| (this.overrideOutcome != null && this.overrideReason != null && !this.overrideReason.isBlank());
	}

	public ScreeningFindings findings() {
		return new ScreeningFindings(this.intimatePartnerViolenceHistory, this.referredForNonPartnerViolence,
				this.generallyViolent, this.violentTowardOtherFamily, this.violentOutsideIntimateRelationships,
				this.identifiedAsVictim, this.selfDefenseOrPartnerControlTactic, this.wouldDisruptGroup,
				this.cannotBenefit, this.substanceUse, this.refusedOrWaitlistedForTreatment,
				ProtectedCharacteristics.notRecorded());
	}

	/**
	 * The findings the completed screening already answers, so intake does not enter them
	 * twice: the primary aggressor (501.115(b)(4)(C)), a non-partner charge (501.230(d)),
	 * conditions that prevent benefiting (501.115(b)(8)-(9)) and the substance-use screen
	 * (501.115(b)(10), 501.135(c)). The rest are the screener's judgement.
	 */
	public static EligibilityDecisionCommand fromScreening(ScreeningSummary screening) {
		SubstanceUse substanceUse = switch (String.valueOf(screening.substanceUse())) {
			case "SUBSTANCE_POSSIBLE" -> SubstanceUse.POSSIBLE;
			case "SUBSTANCE_IMPAIRS" -> SubstanceUse.IMPAIRS_ABILITY_TO_BENEFIT;
			default -> SubstanceUse.NONE;
		};
		boolean cannotBenefit = "PREVENTS_BENEFIT".equals(screening.medicalImpact())
				|| "PREVENTS_BENEFIT".equals(screening.mentalHealthImpact());
		boolean refusedOrWaitlisted = "TREATMENT_REFUSED".equals(screening.substanceTreatment())
				|| "TREATMENT_WAITLISTED".equals(screening.substanceTreatment());
		return new EligibilityDecisionCommand(false, "NON_PARTNER_OFFENCE".equals(screening.chargeType()), false, false,
				false, "PARTNER".equals(screening.primaryAggressor()), false, false, cannotBenefit, substanceUse,
				refusedOrWaitlisted, false, null, "");
	}

	public static EligibilityDecisionCommand blank() {
		return new EligibilityDecisionCommand(false, false, false, false, false, false, false, false, false,
				SubstanceUse.NONE, false, false, null, "");
	}

}
