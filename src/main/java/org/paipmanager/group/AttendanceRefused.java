package org.paipmanager.group;

import java.util.Map;

/**
 * An attendance record that is refused, with a message key per line (by participant id)
 * or for the sheet ({@code "*"}). Nothing was saved.
 */
public class AttendanceRefused extends RuntimeException {

	private final transient Map<String, String> problems;

	AttendanceRefused(Map<String, String> problems) {
		super("Attendance refused: " + problems);
		this.problems = Map.copyOf(problems);
	}

	public Map<String, String> problems() {
		return this.problems;
	}

}
