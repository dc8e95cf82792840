package org.paipmanager.group;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A group as the schedule shows it.
 */
public record GroupDetails(UUID id, String name, GroupComposition composition, String language, DayOfWeek weekday,
		LocalTime startsAt, int durationMinutes, String location, int capacity, UUID facilitatorId,
		String facilitatorName, UUID coFacilitatorId, String coFacilitatorName, String facilitatorExceptionReason,
		GroupPurpose purpose) {
}
