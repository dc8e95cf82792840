package org.paipmanager.participant;

/**
 * Who referred the participant (501.10 "Participants", 501.115(b)(2)).
 */
public enum ReferralSource {

	COURT, PROBATION, DCFS, PAROLE, SELF, SUBSTANCE_ABUSE_AGENCY, MENTAL_HEALTH_AGENCY, OTHER

}
