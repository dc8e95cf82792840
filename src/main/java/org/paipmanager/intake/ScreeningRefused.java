package org.paipmanager.intake;

import java.util.Map;

/**
 * A screening change that is refused, with a message key for each question or for the
 * whole screening ({@code "*"}). Nothing was saved.
 */
public class ScreeningRefused extends RuntimeException {

	private final transient Map<String, String> problems;

	ScreeningRefused(Map<String, String> problems) {
		super("Screening change refused: " + problems);
		this.problems = Map.copyOf(problems);
	}

	/** Message keys by question code; {@code "*"} for the screening as a whole. */
	public Map<String, String> problems() {
		return this.problems;
	}

}
