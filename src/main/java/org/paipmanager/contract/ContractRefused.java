package org.paipmanager.contract;

import java.util.Map;

/**
 * A contract step that is refused, with a message key per field, or for the whole
 * contract under {@code "*"}. Nothing was saved.
 */
public class ContractRefused extends RuntimeException {

	private final transient Map<String, String> problems;

	ContractRefused(Map<String, String> problems) {
		super("Contract step refused: " + problems);
		this.problems = Map.copyOf(problems);
	}

	public Map<String, String> problems() {
		return this.problems;
	}

}
