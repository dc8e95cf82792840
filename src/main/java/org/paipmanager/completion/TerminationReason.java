package org.paipmanager.completion;

/**
 * Why a participant's program was ended without completion (501.160, GRP-9); the codes
 * the Department statistics of 501.170(e) count.
 */
public enum TerminationReason {

	/** Too many absences under the contract. */
	ABSENCES,
	/** Group rules violated. */
	GROUP_RULE_VIOLATION,
	/** New threats or acts of violence. */
	NEW_VIOLENCE_OR_THREATS,
	/** An order of protection violated. */
	ORDER_OF_PROTECTION_VIOLATION,
	/** Arrested again during the program. */
	REARRESTED,
	/** No progress on the 501.160(a) criteria after an extension. */
	NO_PROGRESS_AFTER_EXTENSION,
	/** Fees not paid under the contract and the fee policy. */
	FEES_UNPAID,
	/** The referral source withdrew the referral or the participant moved away. */
	REFERRAL_WITHDRAWN,
	/** Another reason, explained in words. */
	OTHER;

	public String messageKey() {
		return "completion.termination." + name();
	}

}
