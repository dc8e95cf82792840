package org.paipmanager.group;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * One session on the calendar of a month: the group, when and where it meets, who runs it
 * and its topic (GRP-1).
 *
 * @param topic null before the group's first session
 */
public record ScheduledSession(LocalDate day, UUID groupId, String groupName, GroupPurpose purpose, LocalTime startsAt,
		int durationMinutes, String location, String facilitatorName, boolean facilitatorOverdue,
		String coFacilitatorName, boolean coFacilitatorOverdue, SessionTopic topic) {
}
