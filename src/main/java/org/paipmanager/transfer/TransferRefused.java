package org.paipmanager.transfer;

import java.util.Map;

import org.paipmanager.shared.ChangeRefused;

/**
 * A transfer the rules refuse, above all one without a release of information in force
 * naming the other program (501.250); each message says what is missing and cites the
 * rule. Nothing was saved.
 */
public class TransferRefused extends ChangeRefused {

	TransferRefused(Map<String, String> problems) {
		super("The transfer was not recorded (501.250). Nothing was saved.", problems);
	}

}
