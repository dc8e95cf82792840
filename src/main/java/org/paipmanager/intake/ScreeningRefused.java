package org.paipmanager.intake;

import java.util.Map;

import org.paipmanager.shared.ChangeRefused;

/**
 * A screening change that is refused, with a message key for each question or for the
 * whole screening ({@code "*"}). Nothing was saved.
 */
public class ScreeningRefused extends ChangeRefused {

	ScreeningRefused(Map<String, String> problems) {
		super("The screening was not changed. Nothing was saved.", problems);
	}

}
