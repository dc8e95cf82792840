package org.paipmanager.consent;

import java.util.Map;

import org.paipmanager.shared.ChangeRefused;

/**
 * A disclosure the confidentiality rules refuse (501.210, CON-2): each problem names the
 * element that is missing (the release, its recipient, purpose, a category, its dates)
 * and its message cites the rule. Nothing was sent and nothing was recorded.
 */
public class DisclosureRefused extends ChangeRefused {

	DisclosureRefused(Map<String, String> problems) {
		super("The information was not disclosed (501.210). Nothing was recorded.", problems);
	}

}
