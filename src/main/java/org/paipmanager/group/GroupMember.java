package org.paipmanager.group;

import java.time.LocalDate;

import org.paipmanager.shared.ParticipantId;

/**
 * A participant currently in a group.
 */
public record GroupMember(ParticipantId participantId, String name, LocalDate joinedOn) {
}
