package org.paipmanager.statistics;

import java.util.Map;

import org.paipmanager.shared.ChangeRefused;

/**
 * A re-arrest that cannot be recorded: the participant has not started the program, or
 * the date lies before the program start or in the future (501.170(g) counts re-arrests
 * during the program).
 */
public class RearrestRefused extends ChangeRefused {

	RearrestRefused(String field, String messageKey) {
		super("The re-arrest was not recorded.", Map.of(field, messageKey));
	}

}
