package org.paipmanager.correspondence;

import java.util.Map;

import org.paipmanager.shared.ChangeRefused;

/**
 * A letter that may not leave the program yet (501.210, CON-2): no release in force
 * covers its recipient, purpose and information, or it was already sent. The letter stays
 * on file as written.
 */
public class LetterHeld extends ChangeRefused {

	LetterHeld(Map<String, String> problems) {
		super("The letter was not sent (501.210). It stays on file, held.", problems);
	}

}
