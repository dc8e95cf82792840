package org.paipmanager.group;

import java.time.LocalDate;

/**
 * The topic of one session of a group: session N takes topic ((N - 1) mod topics) + 1
 * (GRP-1).
 */
public record SessionTopic(LocalDate day, int sessionNumber, int topicCount, TopicDetails topic) {
}
