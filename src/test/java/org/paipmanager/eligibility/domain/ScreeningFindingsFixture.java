package org.paipmanager.eligibility.domain;

import org.paipmanager.eligibility.domain.ScreeningFindings.ProtectedCharacteristics;
import org.paipmanager.eligibility.domain.ScreeningFindings.SubstanceUse;

/**
 * Screening findings with the defaults of a plainly eligible participant; each test
 * changes only what it is about.
 */
final class ScreeningFindingsFixture {

	private boolean partnerViolenceHistory = true;

	private boolean nonPartnerIncident;

	private boolean generallyViolent;

	private boolean otherFamily;

	private boolean outsideIntimate;

	private boolean victim;

	private boolean selfDefense;

	private boolean disrupts;

	private boolean cannotBenefit;

	private SubstanceUse substanceUse = SubstanceUse.NONE;

	private boolean refusedTreatment;

	private ProtectedCharacteristics characteristics = ProtectedCharacteristics.notRecorded();

	static ScreeningFindingsFixture eligibleParticipant() {
		return new ScreeningFindingsFixture();
	}

	ScreeningFindingsFixture withoutPartnerViolenceHistory() {
		this.partnerViolenceHistory = false;
		return this;
	}

	ScreeningFindingsFixture referredForNonPartnerViolence() {
		this.nonPartnerIncident = true;
		return this;
	}

	ScreeningFindingsFixture generallyViolent() {
		this.generallyViolent = true;
		return this;
	}

	ScreeningFindingsFixture violentTowardOtherFamily() {
		this.otherFamily = true;
		return this;
	}

	ScreeningFindingsFixture violentOutsideIntimateRelationships() {
		this.outsideIntimate = true;
		return this;
	}

	ScreeningFindingsFixture identifiedAsVictim() {
		this.victim = true;
		return this;
	}

	ScreeningFindingsFixture actedInSelfDefense() {
		this.selfDefense = true;
		return this;
	}

	ScreeningFindingsFixture wouldDisruptGroup() {
		this.disrupts = true;
		return this;
	}

	ScreeningFindingsFixture cannotBenefit() {
		this.cannotBenefit = true;
		return this;
	}

	ScreeningFindingsFixture substanceUse(SubstanceUse use) {
		this.substanceUse = use;
		return this;
	}

	ScreeningFindingsFixture refusedTreatment() {
		this.refusedTreatment = true;
		return this;
	}

	ScreeningFindingsFixture with(ProtectedCharacteristics characteristics) {
		this.characteristics = characteristics;
		return this;
	}

	ScreeningFindings build() {
		return new ScreeningFindings(this.partnerViolenceHistory, this.nonPartnerIncident, this.generallyViolent,
				this.otherFamily, this.outsideIntimate, this.victim, this.selfDefense, this.disrupts,
				this.cannotBenefit, this.substanceUse, this.refusedTreatment, this.characteristics);
	}

}
