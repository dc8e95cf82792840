package org.paipmanager.coordination;

/**
 * How a referral travels to the agency: as HL7 FHIR R4 to an agency that takes it, or as
 * a printed page and PDF, with statuses entered by staff.
 */
public enum ReferralChannel {

	FHIR, PAPER

}
