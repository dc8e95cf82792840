package org.paipmanager.eligibility.domain;

import java.util.List;
import java.util.stream.Stream;

/**
 * What the rules propose for one screening: an outcome, the reasons with their sections
 * and the follow-up actions the rule requires. Staff confirm or override it with a
 * reason.
 */
public record EligibilityProposal(Outcome outcome, List<Finding> reasons, List<FollowUp> followUps) {

	public EligibilityProposal {
		reasons = List.copyOf(reasons);
		followUps = List.copyOf(followUps);
	}

	public enum Outcome {

		/** Appropriate for the program (501.125). */
		ELIGIBLE,
		/** No history of intimate partner violence: must not be included (501.125(a)). */
		NOT_ELIGIBLE,
		/** Excluded by 501.125(b) or (d)(2). */
		EXCLUDED,
		/**
		 * Cannot benefit now: referred for treatment, may re-enter (501.125(d)(1),
		 * 501.135(c)).
		 */
		REFER_FOR_TREATMENT,
		/**
		 * Identified as a victim: referred to victim services, not served (501.125(d)(3),
		 * 501.230(e)).
		 */
		REFER_TO_VICTIM_SERVICES

	}

	/** One reason for the outcome, with the section that makes it. */
	public record Finding(String code, String section) {

		public String messageKey() {
			return "eligibility.reason." + this.code;
		}

	}

	/** Something the rule requires to happen because of the decision. */
	public enum FollowUp {

		/**
		 * Tell the referring entity that partner abuse services are not appropriate
		 * (501.125(d)).
		 */
		NOTIFY_REFERRER_SERVICES_NOT_APPROPRIATE("501.125(d)"),
		/**
		 * Refer back to the referring entity with a referral recommendation (501.230(d)).
		 */
		REFER_BACK_WITH_RECOMMENDATION("501.230(d)"),
		/**
		 * Refer to a victim-services program in a way that does not re-victimise
		 * (501.125(d)(3)).
		 */
		REFER_TO_VICTIM_SERVICES_SAFELY("501.125(d)(3)"),
		/**
		 * Notify the referring agency that a victim-services referral was made
		 * (501.230(e)).
		 */
		NOTIFY_REFERRER_OF_VICTIM_SERVICES_REFERRAL("501.230(e)"),
		/**
		 * Refer for appropriate treatment and record the criteria for re-entry
		 * (501.125(d)(1)).
		 */
		REFER_FOR_TREATMENT_WITH_REENTRY_CRITERIA("501.125(d)(1)"),
		/**
		 * Refer to the referral source with treatment recommendations and re-entry
		 * criteria (501.135(c)).
		 */
		REFER_TO_SOURCE_WITH_TREATMENT_RECOMMENDATIONS("501.135(c)"),
		/**
		 * Refer to substance-abuse treatment and/or notify the referring entity
		 * (501.135(a)).
		 */
		REFER_TO_SUBSTANCE_TREATMENT_OR_NOTIFY_REFERRER("501.135(a)");

		private final String section;

		FollowUp(String section) {
			this.section = section;
		}

		public String section() {
			return this.section;
		}

	}

	/** Every section behind the proposal, reasons first, without repeats. */
	public List<String> sections() {
		return Stream
			.concat(this.reasons.stream().map(Finding::section), this.followUps.stream().map(FollowUp::section))
			.distinct()
			.toList();
	}

}
