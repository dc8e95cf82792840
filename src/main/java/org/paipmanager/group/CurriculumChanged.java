package org.paipmanager.group;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A group's curriculum plan was changed: a program change the Department is told of
 * within 30 days (501.70(a)(2)). Not published for the standard plan a new group starts
 * with. Published in the saving transaction.
 */
public record CurriculumChanged(UUID groupId, String groupName, int topics, LocalDate changedOn) {
}
