package org.paipmanager.correspondence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.paipmanager.eligibility.EligibilityDecided;

/**
 * Which letter an eligibility decision requires, if any: its kind, its paragraphs
 * (message keys) and the sections it cites. Reads only the outcome, the follow-up codes
 * and the sections, never anything the participant said.
 *
 * @param kind what the letter is about
 * @param paragraphs the message keys of the letter body, in order; each takes the agency
 * name and the participant name
 * @param sections the sections of Part 501 the letter cites
 */
record EligibilityNotice(CorrespondenceKind kind, List<String> paragraphs, List<String> sections) {

	// Outcome and follow-up codes of
	// org.paipmanager.eligibility.domain.EligibilityProposal.
	private static final String ELIGIBLE = "ELIGIBLE";

	private static final String NOT_ELIGIBLE = "NOT_ELIGIBLE";

	private static final String EXCLUDED = "EXCLUDED";

	private static final String REFER_FOR_TREATMENT = "REFER_FOR_TREATMENT";

	private static final String REFER_TO_VICTIM_SERVICES = "REFER_TO_VICTIM_SERVICES";

	private static final String REFER_BACK = "REFER_BACK_WITH_RECOMMENDATION";

	private static final String CANNOT_BENEFIT = "REFER_FOR_TREATMENT_WITH_REENTRY_CRITERIA";

	private static final String SUBSTANCE_IMPAIRS = "REFER_TO_SOURCE_WITH_TREATMENT_RECOMMENDATIONS";

	private static final String SUBSTANCE_POSSIBLE = "REFER_TO_SUBSTANCE_TREATMENT_OR_NOTIFY_REFERRER";

	private static final String PREFIX = "letter.eligibility.";

	EligibilityNotice {
		paragraphs = List.copyOf(paragraphs);
		sections = List.copyOf(sections);
	}

	/**
	 * The letter a decision requires.
	 * @param decision the decision
	 * @param earlierDecisionLettered whether the referral source got a letter about the
	 * decision this one revises
	 * @return the letter, or empty when none is due: a plain eligible decision, whose
	 * referral acceptance letter already went out, needs none unless it revises a
	 * decision the referral source was told of
	 */
	static Optional<EligibilityNotice> of(EligibilityDecided decision, boolean earlierDecisionLettered) {
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(PREFIX + "screened");
		List<String> followUps = decision.overridden() ? List.of() : decision.followUps();
		CorrespondenceKind kind;
		List<String> defaultSections;
		switch (decision.decidedOutcome()) {
			case REFER_TO_VICTIM_SERVICES -> {
				// 501.125(d)(3), 501.230(e): only that the program does not serve the
				// person and made a victim-services referral; never why, never the
				// partner, never the agency. Fixed text and sections, whatever the
				// proposal said.
				paragraphs.add(PREFIX + "victimServices");
				return Optional.of(new EligibilityNotice(CorrespondenceKind.ELIGIBILITY_VICTIM_SERVICES_REFERRAL,
						paragraphs, List.of("501.125(d)(3)", "501.230(e)")));
			}
			case NOT_ELIGIBLE -> {
				// 501.125(a), (d): services not appropriate.
				kind = CorrespondenceKind.ELIGIBILITY_NOT_APPROPRIATE;
				paragraphs.add(PREFIX + "notAppropriate");
				referBack(paragraphs, decision);
				defaultSections = List.of("501.125(a)", "501.125(d)");
			}
			case EXCLUDED -> {
				// 501.125(b), (d)(2): excluded, with the section.
				kind = CorrespondenceKind.ELIGIBILITY_EXCLUDED;
				paragraphs.add(PREFIX + "excluded");
				referBack(paragraphs, decision);
				defaultSections = List.of("501.125(b)", "501.125(d)(2)");
			}
			case REFER_FOR_TREATMENT -> {
				kind = CorrespondenceKind.ELIGIBILITY_TREATMENT_REFERRAL;
				boolean substance = followUps.contains(SUBSTANCE_IMPAIRS);
				if (followUps.contains(CANNOT_BENEFIT) || !substance) {
					// 501.125(d)(1): cannot benefit now, referred for treatment.
					paragraphs.add(PREFIX + "cannotBenefit");
				}
				if (substance) {
					// 501.135(c): back to the source with treatment recommendations.
					paragraphs.add(PREFIX + "substanceImpairs");
				}
				paragraphs.add(PREFIX + "reentry");
				defaultSections = List.of("501.125(d)(1)");
			}
			case ELIGIBLE -> {
				if (followUps.contains(SUBSTANCE_POSSIBLE)) {
					// 501.135(a): eligible, and the referring entity is told of the
					// treatment recommendation.
					kind = CorrespondenceKind.ELIGIBILITY_SUBSTANCE_RECOMMENDATION;
					paragraphs.add(PREFIX + "substancePossible");
				}
				else if (decision.revision() && earlierDecisionLettered) {
					kind = CorrespondenceKind.ELIGIBILITY_REVISED_ELIGIBLE;
					paragraphs.add(PREFIX + "eligible");
				}
				else {
					return Optional.empty();
				}
				defaultSections = List.of("501.125(a)");
			}
			default -> throw new IllegalArgumentException("Unknown outcome " + decision.decidedOutcome());
		}
		List<String> sections = new ArrayList<>(decision.overridden() ? defaultSections : decision.sections());
		if (decision.revision() && !sections.contains("501.125(d)(1)")) {
			sections.add("501.125(d)(1)");
		}
		return Optional.of(new EligibilityNotice(kind, paragraphs, sections));
	}

	// 501.230(d): a non-partner-violence referral goes back with a recommendation,
	// whatever the outcome that excludes it.
	private static void referBack(List<String> paragraphs, EligibilityDecided decision) {
		if (decision.followUps().contains(REFER_BACK)) {
			paragraphs.add(PREFIX + "referBack");
		}
	}

}
