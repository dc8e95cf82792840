package org.paipmanager.participant;

/**
 * The alternative the program recommends to the referral source when it rejects a
 * referral (501.230(a)).
 */
public enum AlternativeSanction {

	REFER_TO_ANOTHER_PAIP, SUBSTANCE_ABUSE_TREATMENT, MENTAL_HEALTH_TREATMENT, PROBATION_SUPERVISION,
	RETURN_TO_COURT_FOR_REVIEW,
	/** Another recommendation, written in the explanation. */
	OTHER

}
