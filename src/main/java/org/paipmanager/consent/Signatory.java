package org.paipmanager.consent;

/**
 * Who signed a release: the participant, or a person authorised to sign for them (42 CFR
 * 2.31(a)(8), 740 ILCS 110/5(a)).
 */
public enum Signatory {

	PARTICIPANT, LEGAL_REPRESENTATIVE

}
