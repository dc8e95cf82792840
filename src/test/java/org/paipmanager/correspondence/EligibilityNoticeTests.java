package org.paipmanager.correspondence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.eligibility.EligibilityDecided;
import org.paipmanager.shared.ParticipantId;

import static org.assertj.core.api.Assertions.assertThat;

class EligibilityNoticeTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@Test
	@DisplayName("PAR-5: the victim-services letter cites only 501.125(d)(3) and 501.230(e), whatever the proposal said")
	void citesFixedSectionsForAVictimServicesReferral() {
		EligibilityNotice notice = EligibilityNotice
			.of(decided("REFER_TO_VICTIM_SERVICES", false, List.of("501.230(e)", "501.125(d)(3)"),
					List.of("REFER_TO_VICTIM_SERVICES_SAFELY", "NOTIFY_REFERRER_OF_VICTIM_SERVICES_REFERRAL"), null),
					false)
			.orElseThrow();
		assertThat(notice.kind()).isEqualTo(CorrespondenceKind.ELIGIBILITY_VICTIM_SERVICES_REFERRAL);
		assertThat(notice.sections()).containsExactly("501.125(d)(3)", "501.230(e)");
		assertThat(notice.paragraphs()).containsExactly("letter.eligibility.screened",
				"letter.eligibility.victimServices");
	}

	@Test
	@DisplayName("PAR-4: an override to exclusion cites the exclusion sections, not those of the overridden proposal")
	void citesTheOutcomeSectionsOfAnOverride() {
		EligibilityNotice notice = EligibilityNotice
			.of(decided("EXCLUDED", true, List.of("501.125(a)", "501.135(a)"),
					List.of("REFER_TO_SUBSTANCE_TREATMENT_OR_NOTIFY_REFERRER"), null), false)
			.orElseThrow();
		assertThat(notice.kind()).isEqualTo(CorrespondenceKind.ELIGIBILITY_EXCLUDED);
		assertThat(notice.sections()).containsExactly("501.125(b)", "501.125(d)(2)");
	}

	@Test
	@DisplayName("PAR-6: an override to treatment referral gives the cannot-benefit paragraph and the re-entry criteria")
	void givesReentryCriteriaForAnOverrideToTreatment() {
		EligibilityNotice notice = EligibilityNotice
			.of(decided("REFER_FOR_TREATMENT", true, List.of("501.125(a)"), List.of(), null), false)
			.orElseThrow();
		assertThat(notice.paragraphs()).containsExactly("letter.eligibility.screened",
				"letter.eligibility.cannotBenefit", "letter.eligibility.reentry");
		assertThat(notice.sections()).containsExactly("501.125(d)(1)");
	}

	@Test
	@DisplayName("PAR-4: plain eligible needs no letter, nor does a revision of a decision the referral source was not written about")
	void needsNoLetterForPlainEligible() {
		assertThat(EligibilityNotice.of(decided("ELIGIBLE", false, List.of("501.125(a)"), List.of(), null), false))
			.isEmpty();
		assertThat(EligibilityNotice.of(decided("ELIGIBLE", false, List.of("501.125(a)"), List.of(), UUID.randomUUID()),
				false))
			.isEmpty();
		assertThat(EligibilityNotice.of(decided("ELIGIBLE", true, List.of("501.125(d)(1)"),
				List.of("REFER_FOR_TREATMENT_WITH_REENTRY_CRITERIA"), UUID.randomUUID()), true))
			.hasValueSatisfying((notice) -> {
				assertThat(notice.kind()).isEqualTo(CorrespondenceKind.ELIGIBILITY_REVISED_ELIGIBLE);
				assertThat(notice.sections()).containsExactly("501.125(a)", "501.125(d)(1)");
			});
	}

	private static EligibilityDecided decided(String outcome, boolean overridden, List<String> sections,
			List<String> followUps, UUID revises) {
		return new EligibilityDecided(new ParticipantId(UUID.randomUUID()), UUID.randomUUID(), outcome, overridden,
				sections, followUps, TODAY, revises, (revises != null) ? TODAY.minusDays(3) : null);
	}

}
