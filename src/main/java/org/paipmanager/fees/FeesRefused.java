package org.paipmanager.fees;

import java.util.Map;

import org.paipmanager.shared.ChangeRefused;

/** A fee change the rules refuse, with a message key per field; nothing was saved. */
public class FeesRefused extends ChangeRefused {

	FeesRefused(Map<String, String> problems) {
		super("The fee record was not changed.", problems);
	}

}
