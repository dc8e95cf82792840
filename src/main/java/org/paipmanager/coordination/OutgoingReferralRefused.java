package org.paipmanager.coordination;

import org.paipmanager.consent.ConsentRefusal;

/**
 * A referral the rules refuse: no release in force covers it (501.115(b)(11)(B)), the
 * agency is not in the directory, or the date is impossible. Pages and the API show it
 * like every {@link ConsentRefusal}: on its field, with the rule section behind it.
 */
public class OutgoingReferralRefused extends ConsentRefusal {

	OutgoingReferralRefused(String field, String messageKey, String section) {
		super(field, messageKey, section);
	}

}
