package org.paipmanager.mandatedreport;

import java.util.Map;

import org.paipmanager.shared.ChangeRefused;

/**
 * A report the rules refuse while a required step is missing (501.220, 501.145); each
 * message quotes the rule. Nothing was saved.
 */
public class ReportRefused extends ChangeRefused {

	ReportRefused(Map<String, String> problems) {
		super("The report was not recorded (501.220, 501.145). Nothing was saved.", problems);
	}

}
