package org.paipmanager.group;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A group was set up: new program hours and possibly a new site, a program change the
 * Department is told of within 30 days (501.70(a)(2)). {@code newLocation} when no other
 * group of the agency meets at that location. Published in the creating transaction.
 */
public record GroupSetUp(UUID groupId, String name, DayOfWeek weekday, LocalTime startsAt, int durationMinutes,
		String location, boolean newLocation, LocalDate setUpOn) {
}
