package org.paipmanager.group;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Attendance a participant brings from outside this program's sessions, such as a
 * transfer from another program (501.250): sessions and hours credited, and sessions
 * added to the 24 of 501.90(a) where the former program fell short.
 *
 * @param sessions sessions credited toward the program minimum
 * @param hours hours of direct contact credited
 * @param additionalSessions sessions required on top of the 24 of 501.90(a)
 * @param section the rule the credit rests on, such as {@code "501.250"}
 */
public record AttendanceCredit(int sessions, BigDecimal hours, int additionalSessions, String section) {

	public AttendanceCredit {
		Objects.requireNonNull(hours, "hours");
		Objects.requireNonNull(section, "section");
		if (sessions < 0 || hours.signum() < 0 || additionalSessions < 0) {
			throw new IllegalArgumentException("A credit is never negative");
		}
	}

}
