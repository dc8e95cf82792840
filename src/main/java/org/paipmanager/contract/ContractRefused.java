package org.paipmanager.contract;

import java.util.Map;

import org.paipmanager.shared.ChangeRefused;

/**
 * A contract step that is refused, with a message key per field, or for the whole
 * contract under {@code "*"}. Nothing was saved.
 */
public class ContractRefused extends ChangeRefused {

	ContractRefused(Map<String, String> problems) {
		super("The contract was not changed. Nothing was saved.", problems);
	}

}
