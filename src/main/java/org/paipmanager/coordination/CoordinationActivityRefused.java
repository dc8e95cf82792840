package org.paipmanager.coordination;

import java.util.Map;

import org.paipmanager.shared.ChangeRefused;

/**
 * A coordination activity or compliance reason the rules refuse: the partner agency is
 * not in the directory, or is not of a kind the activity is with (501.105(a)-(c)).
 */
public class CoordinationActivityRefused extends ChangeRefused {

	CoordinationActivityRefused(String summary, Map<String, String> problems) {
		super(summary, problems);
	}

}
