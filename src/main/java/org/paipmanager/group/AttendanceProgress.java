package org.paipmanager.group;

import java.math.BigDecimal;

/**
 * A participant's attendance toward the program minimum of 501.90(a): at least 24 weekly
 * sessions and 36 hours (GRP-5). The totals count group sessions attended, individual
 * sessions (GRP-5) and sessions credited from a former program (501.250); a transfer can
 * raise the sessions required above 24.
 *
 * @param sessionsAttended all sessions counted: group, individual and credited
 * @param hoursAttended all hours counted: group, individual and credited
 * @param sessionsRequired 24, plus any additional sessions a transfer set (501.250)
 * @param absencesInARow absences (excused or not) since the last attended session
 * @param sessionsRecorded group attendance lines and individual sessions on record here
 * @param groupSessions group sessions attended (present or late)
 * @param groupHours hours at group sessions
 * @param individualSessions individual sessions held (GRP-5)
 * @param individualHours hours of individual sessions
 * @param creditedSessions sessions credited from a former program (501.250)
 * @param creditedHours hours credited from a former program (501.250)
 * @param additionalSessions sessions required on top of the 24 (501.250)
 */
public record AttendanceProgress(int sessionsAttended, BigDecimal hoursAttended, int sessionsRequired,
		BigDecimal hoursRequired, int absencesInARow, int sessionsRecorded, int groupSessions, BigDecimal groupHours,
		int individualSessions, BigDecimal individualHours, int creditedSessions, BigDecimal creditedHours,
		int additionalSessions) {

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

	/** Whether sessions were credited or added by a transfer (501.250). */
	public boolean transferred() {
		return this.creditedSessions > 0 || this.creditedHours.signum() > 0 || this.additionalSessions > 0;
	}

}
