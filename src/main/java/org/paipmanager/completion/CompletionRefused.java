package org.paipmanager.completion;

import java.util.Map;

import org.paipmanager.shared.ChangeRefused;

/**
 * A completion step the 501.160 rules refuse, with a message key per field, or for the
 * whole step under {@code "*"}. Nothing was saved.
 */
public class CompletionRefused extends ChangeRefused {

	CompletionRefused(Map<String, String> problems) {
		super("The participant's program was not changed. Nothing was saved.", problems);
	}

}
