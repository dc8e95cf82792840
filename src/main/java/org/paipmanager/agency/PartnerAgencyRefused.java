package org.paipmanager.agency;

import java.util.Map;

import org.paipmanager.shared.ChangeRefused;

/**
 * A directory entry, agreement or import the rules refuse, with a message key per field.
 * Nothing was saved.
 */
public class PartnerAgencyRefused extends ChangeRefused {

	PartnerAgencyRefused(String summary, Map<String, String> problems) {
		super(summary, problems);
	}

}
