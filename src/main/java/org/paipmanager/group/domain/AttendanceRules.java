package org.paipmanager.group.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The hours one attendance line may carry (GRP-4): someone present or late was there for
 * some of the session and at most all of it; someone absent or excused for none of it; a
 * participant removed from the session for part of it at most.
 */
public final class AttendanceRules {

	private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

	private AttendanceRules() {
	}

	/** A session's length in hours, to two places. */
	public static BigDecimal sessionHours(int minutes) {
		return BigDecimal.valueOf(minutes).divide(MINUTES_PER_HOUR, 2, java.math.RoundingMode.HALF_UP);
	}

	/**
	 * @param status the attendance status name
	 * @param attended whether the status counts as attending
	 * @param sessionMinutes how long the session ran
	 * @return a message key when the hours do not fit the status
	 */
	public static Optional<String> hoursProblem(String status, boolean attended, BigDecimal hours, int sessionMinutes) {
		if (hours == null || hours.signum() < 0) {
			return Optional.of("attendance.error.hours");
		}
		if (hours.compareTo(sessionHours(sessionMinutes)) > 0) {
			return Optional.of("attendance.error.moreThanSession");
		}
		if (attended && hours.signum() == 0) {
			return Optional.of("attendance.error.attendedWithoutHours");
		}
		if (("ABSENT".equals(status) || "EXCUSED".equals(status)) && hours.signum() > 0) {
			return Optional.of("attendance.error.absentWithHours");
		}
		return Optional.empty();
	}

}
