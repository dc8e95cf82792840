package org.paipmanager.program;

import java.util.Map;

import org.paipmanager.shared.ChangeRefused;

/**
 * A program record change the rules refuse, with a message key per field; nothing was
 * saved.
 */
public class ProgramRefused extends ChangeRefused {

	private static final long serialVersionUID = 1L;

	ProgramRefused(Map<String, String> problems) {
		super("The program record was not changed.", problems);
	}

}
