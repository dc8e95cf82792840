package org.paipmanager.eligibility.domain;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.eligibility.domain.EligibilityProposal.FollowUp;
import org.paipmanager.eligibility.domain.EligibilityProposal.Outcome;
import org.paipmanager.eligibility.domain.ScreeningFindings.ProtectedCharacteristics;
import org.paipmanager.eligibility.domain.ScreeningFindings.SubstanceUse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paipmanager.eligibility.domain.ScreeningFindingsFixture.eligibleParticipant;

class EligibilityRulesTests {

	@Test
	@DisplayName("PAR-4: a history of intimate partner violence makes a person eligible (501.125(a))")
	void findsAPersonWithPartnerViolenceHistoryEligible() {
		EligibilityProposal proposal = EligibilityRules.evaluate(eligibleParticipant().build());
		assertThat(proposal.outcome()).isEqualTo(Outcome.ELIGIBLE);
		assertThat(proposal.sections()).containsExactly("501.125(a)");
		assertThat(proposal.followUps()).isEmpty();
	}

	@Test
	@DisplayName("PAR-4: no intimate partner violence history means not eligible and the referrer is told services are not appropriate")
	void refusesWithoutPartnerViolenceHistoryAndNotifiesReferrer() {
		EligibilityProposal proposal = EligibilityRules
			.evaluate(eligibleParticipant().withoutPartnerViolenceHistory().build());
		assertThat(proposal.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(proposal.reasons()).extracting(EligibilityProposal.Finding::section).containsExactly("501.125(a)");
		assertThat(proposal.followUps()).containsExactly(FollowUp.NOTIFY_REFERRER_SERVICES_NOT_APPROPRIATE);
	}

	@Test
	@DisplayName("PAR-4: referred for non-partner violence without partner violence history: referred back with a recommendation (501.230(d))")
	void refersBackANonPartnerReferralWithoutPartnerViolenceHistory() {
		EligibilityProposal proposal = EligibilityRules
			.evaluate(eligibleParticipant().withoutPartnerViolenceHistory().referredForNonPartnerViolence().build());
		assertThat(proposal.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
		assertThat(proposal.followUps()).contains(FollowUp.REFER_BACK_WITH_RECOMMENDATION);
		assertThat(proposal.sections()).contains("501.230(d)");
	}

	@Test
	@DisplayName("PAR-4: a non-partner precipitating incident with partner violence history is still eligible (501.125(c))")
	void acceptsNonPartnerIncidentWhenPartnerViolenceHistoryExists() {
		EligibilityProposal proposal = EligibilityRules
			.evaluate(eligibleParticipant().referredForNonPartnerViolence().build());
		assertThat(proposal.outcome()).isEqualTo(Outcome.ELIGIBLE);
		assertThat(proposal.sections()).contains("501.125(c)");
	}

	@Test
	@DisplayName("PAR-4: generally violent people are excluded even with partner violence history (501.125(b)(1))")
	void excludesGenerallyViolentPeople() {
		EligibilityProposal proposal = EligibilityRules.evaluate(eligibleParticipant().generallyViolent().build());
		assertThat(proposal.outcome()).isEqualTo(Outcome.EXCLUDED);
		assertThat(proposal.sections()).containsExactly("501.125(b)(1)", "501.125(d)");
	}

	@Test
	@DisplayName("PAR-4: violent toward other family members but not partners is excluded (501.125(b)(1))")
	void excludesFamilyButNotPartnerViolence() {
		EligibilityProposal proposal = EligibilityRules
			.evaluate(eligibleParticipant().withoutPartnerViolenceHistory().violentTowardOtherFamily().build());
		assertThat(proposal.outcome()).isEqualTo(Outcome.EXCLUDED);
		assertThat(proposal.reasons()).extracting(EligibilityProposal.Finding::code)
			.contains("violentTowardOtherFamilyOnly");
	}

	@Test
	@DisplayName("PAR-4: violence only outside intimate relationships is excluded (501.125(b)(2))")
	void excludesViolenceOnlyOutsideIntimateRelationships() {
		EligibilityProposal proposal = EligibilityRules.evaluate(
				eligibleParticipant().withoutPartnerViolenceHistory().violentOutsideIntimateRelationships().build());
		assertThat(proposal.outcome()).isEqualTo(Outcome.EXCLUDED);
		assertThat(proposal.sections()).contains("501.125(b)(2)");
	}

	@Test
	@DisplayName("PAR-4: someone who would disrupt the group is excluded (501.125(d)(2))")
	void excludesSomeoneWhoWouldDisruptTheGroup() {
		EligibilityProposal proposal = EligibilityRules.evaluate(eligibleParticipant().wouldDisruptGroup().build());
		assertThat(proposal.outcome()).isEqualTo(Outcome.EXCLUDED);
		assertThat(proposal.sections()).containsExactly("501.125(d)(2)");
	}

	@Test
	@DisplayName("PAR-4: someone who cannot benefit now is referred for treatment with re-entry criteria (501.125(d)(1))")
	void refersForTreatmentWhenThePersonCannotBenefit() {
		EligibilityProposal proposal = EligibilityRules.evaluate(eligibleParticipant().cannotBenefit().build());
		assertThat(proposal.outcome()).isEqualTo(Outcome.REFER_FOR_TREATMENT);
		assertThat(proposal.followUps()).containsExactly(FollowUp.REFER_FOR_TREATMENT_WITH_REENTRY_CRITERIA);
	}

	@Test
	@DisplayName("PAR-5: a person identified as the victim is referred to victim services safely and the referrer is notified")
	void refersAnIdentifiedVictimToVictimServices() {
		EligibilityProposal proposal = EligibilityRules.evaluate(eligibleParticipant().identifiedAsVictim().build());
		assertThat(proposal.outcome()).isEqualTo(Outcome.REFER_TO_VICTIM_SERVICES);
		assertThat(proposal.followUps()).containsExactly(FollowUp.REFER_TO_VICTIM_SERVICES_SAFELY,
				FollowUp.NOTIFY_REFERRER_OF_VICTIM_SERVICES_REFERRAL);
		assertThat(proposal.sections()).contains("501.125(d)(3)", "501.230(e)");
	}

	@Test
	@DisplayName("PAR-5: self-defence or an arrest caused by the partner's control tactic sends the person to victim services (501.230(e))")
	void refersSelfDefenseToVictimServicesBeforeAnyOtherRule() {
		EligibilityProposal proposal = EligibilityRules
			.evaluate(eligibleParticipant().actedInSelfDefense().generallyViolent().wouldDisruptGroup().build());
		assertThat(proposal.outcome()).isEqualTo(Outcome.REFER_TO_VICTIM_SERVICES);
		assertThat(proposal.reasons()).extracting(EligibilityProposal.Finding::section).containsExactly("501.230(e)");
	}

	@Test
	@DisplayName("PAR-6: possible substance abuse leads to a treatment referral or notice, never a refusal by itself (501.135(a))")
	void keepsAPersonWithPossibleSubstanceAbuseEligible() {
		EligibilityProposal proposal = EligibilityRules
			.evaluate(eligibleParticipant().substanceUse(SubstanceUse.POSSIBLE).refusedTreatment().build());
		assertThat(proposal.outcome()).isEqualTo(Outcome.ELIGIBLE);
		assertThat(proposal.followUps()).containsExactly(FollowUp.REFER_TO_SUBSTANCE_TREATMENT_OR_NOTIFY_REFERRER);
		assertThat(proposal.sections()).contains("501.135(a)", "501.135(c)");
	}

	@Test
	@DisplayName("PAR-6: substance use that impairs benefit refers back with treatment recommendations and re-entry criteria (501.135(c))")
	void refersBackWhenSubstanceUseImpairsBenefit() {
		EligibilityProposal proposal = EligibilityRules
			.evaluate(eligibleParticipant().substanceUse(SubstanceUse.IMPAIRS_ABILITY_TO_BENEFIT).build());
		assertThat(proposal.outcome()).isEqualTo(Outcome.REFER_FOR_TREATMENT);
		assertThat(proposal.followUps()).containsExactly(FollowUp.REFER_TO_SOURCE_WITH_TREATMENT_RECOMMENDATIONS);
	}

	@Test
	@DisplayName("PRG-11: race, religion, national origin, disability, orientation, age and income never change the decision")
	void neverDecidesOnProtectedCharacteristics() {
		Random random = new Random(20261123L);
		List<String> values = List.of("", "A", "B", "Another", "Not recorded");
		for (int run = 0; run < 2000; run++) {
			ScreeningFindingsFixture findings = randomFindings(random);
			EligibilityProposal baseline = EligibilityRules.evaluate(findings.build());
			ProtectedCharacteristics other = new ProtectedCharacteristics(pick(random, values), pick(random, values),
					pick(random, values), pick(random, values), pick(random, values), 18 + random.nextInt(70),
					random.nextInt(250_000));
			assertThat(EligibilityRules.evaluate(findings.with(other).build())).as("run %d", run).isEqualTo(baseline);
		}
	}

	@Test
	@DisplayName("PAR-4: every proposal names at least one section")
	void everyProposalNamesItsSections() {
		Random random = new Random(7L);
		for (int run = 0; run < 2000; run++) {
			EligibilityProposal proposal = EligibilityRules.evaluate(randomFindings(random).build());
			assertThat(proposal.sections()).as("run %d", run)
				.isNotEmpty()
				.allMatch((section) -> section.startsWith("501."));
		}
	}

	private static ScreeningFindingsFixture randomFindings(Random random) {
		ScreeningFindingsFixture findings = eligibleParticipant();
		if (random.nextBoolean()) {
			findings.withoutPartnerViolenceHistory();
		}
		if (random.nextInt(4) == 0) {
			findings.referredForNonPartnerViolence();
		}
		if (random.nextInt(6) == 0) {
			findings.generallyViolent();
		}
		if (random.nextInt(5) == 0) {
			findings.violentTowardOtherFamily();
		}
		if (random.nextInt(5) == 0) {
			findings.violentOutsideIntimateRelationships();
		}
		if (random.nextInt(8) == 0) {
			findings.identifiedAsVictim();
		}
		if (random.nextInt(8) == 0) {
			findings.actedInSelfDefense();
		}
		if (random.nextInt(6) == 0) {
			findings.wouldDisruptGroup();
		}
		if (random.nextInt(6) == 0) {
			findings.cannotBenefit();
		}
		findings.substanceUse(SubstanceUse.values()[random.nextInt(SubstanceUse.values().length)]);
		if (random.nextBoolean()) {
			findings.refusedTreatment();
		}
		return findings;
	}

	private static String pick(Random random, List<String> values) {
		return values.get(random.nextInt(values.size()));
	}

}
