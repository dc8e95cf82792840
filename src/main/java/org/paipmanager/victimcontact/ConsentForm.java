package org.paipmanager.victimcontact;

/**
 * The form a victim's Consent to Release &amp; Receive Information was given on (seed
 * 004, step 3): the agency's own required form or the protocol's Appendix 16 form.
 */
public enum ConsentForm {

	AGENCY_FORM, APPENDIX_16

}
