package org.paipmanager.retention;

import java.time.Instant;
import java.util.UUID;

/**
 * A hold on one participant's records or, with no participant, on the whole agency. Open
 * while {@code releasedAt} is null.
 */
public record RetentionHold(UUID id, UUID participantId, HoldReason reasonKind, String reason, String placedBy,
		Instant placedAt, String releaseReason, String releasedBy, Instant releasedAt) {

	public boolean open() {
		return this.releasedAt == null;
	}

}
