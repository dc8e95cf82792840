package org.paipmanager.group;

import java.util.Map;

import org.paipmanager.shared.ChangeRefused;

/**
 * An attendance record that is refused, with a message key per line (by participant id)
 * or for the sheet ({@code "*"}). Nothing was saved.
 */
public class AttendanceRefused extends ChangeRefused {

	AttendanceRefused(Map<String, String> problems) {
		super("The attendance was not recorded. Nothing was saved.", problems);
	}

}
