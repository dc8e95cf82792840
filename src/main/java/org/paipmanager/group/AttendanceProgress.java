package org.paipmanager.group;

import java.math.BigDecimal;

/**
 * A participant's attendance toward the program minimum of 501.90(a): at least 24 weekly
 * sessions and 36 hours (GRP-5).
 *
 * @param absencesInARow absences (excused or not) since the last attended session
 */
public record AttendanceProgress(int sessionsAttended, BigDecimal hoursAttended, int sessionsRequired,
		BigDecimal hoursRequired, int absencesInARow, int sessionsRecorded) {

	/** Program minimum by rule (501.90(a)). */
	public static final int MINIMUM_SESSIONS = 24;

	/** Program minimum hours of direct contact by rule (501.90(a)). */
	public static final BigDecimal MINIMUM_HOURS = BigDecimal.valueOf(36);

	public int sessionsPercent() {
		return Math.min(100, this.sessionsAttended * 100 / this.sessionsRequired);
	}

	public int hoursPercent() {
		return Math.min(100,
				this.hoursAttended.multiply(BigDecimal.valueOf(100))
					.divide(this.hoursRequired, 0, java.math.RoundingMode.DOWN)
					.intValue());
	}

}
