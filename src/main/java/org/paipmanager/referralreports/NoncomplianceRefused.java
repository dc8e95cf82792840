package org.paipmanager.referralreports;

import java.util.Map;

import org.paipmanager.shared.ChangeRefused;

/** A noncompliance event that cannot be recorded as given; nothing was saved. */
public class NoncomplianceRefused extends ChangeRefused {

	NoncomplianceRefused(Map<String, String> problems) {
		super("The noncompliance event was not recorded.", problems);
	}

}
