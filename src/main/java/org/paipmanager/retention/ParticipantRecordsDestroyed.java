package org.paipmanager.retention;

import java.util.UUID;

/**
 * A participant's records were destroyed under 501.200(a) in the current transaction.
 * Published synchronously, so that a module keeping copies outside the participant-side
 * tables (a desk review packet) removes them in the same transaction: if it cannot, the
 * destruction is rolled back with it. Ids only.
 */
public record ParticipantRecordsDestroyed(UUID participantId, UUID batchId) {
}
