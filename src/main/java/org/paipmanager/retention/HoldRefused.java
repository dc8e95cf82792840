package org.paipmanager.retention;

import java.util.Map;

import org.paipmanager.shared.ChangeRefused;

/**
 * A hold or release the rules refuse; nothing was saved.
 */
public class HoldRefused extends ChangeRefused {

	private static final long serialVersionUID = 1L;

	HoldRefused(Map<String, String> problems) {
		super("The retention hold was not changed.", problems);
	}

}
