package org.paipmanager.compliance;

import java.util.Map;

import org.paipmanager.shared.ChangeRefused;

/**
 * A policy, corrective action plan or review packet the rules refuse; nothing was saved.
 */
public class ComplianceRefused extends ChangeRefused {

	private static final long serialVersionUID = 1L;

	ComplianceRefused(Map<String, String> problems) {
		super("The compliance record was not changed.", problems);
	}

}
