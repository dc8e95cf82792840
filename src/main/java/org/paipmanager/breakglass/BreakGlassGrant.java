package org.paipmanager.breakglass;

import java.time.Instant;
import java.util.UUID;

import org.paipmanager.shared.ParticipantId;

/**
 * One emergency access as granted and reviewed.
 *
 * @param open whether the window is still open now
 * @param overdue unreviewed longer than {@link BreakGlassManagement#REVIEW_WITHIN}
 */
public record BreakGlassGrant(UUID id, ParticipantId participantId, String participantName, String scope,
		String requestedBy, String reason, Instant grantedAt, Instant expiresAt, int alerted, String reviewedBy,
		Instant reviewedAt, String reviewOutcome, String reviewNote, long version, boolean open, boolean overdue) {

	public boolean reviewed() {
		return this.reviewedAt != null;
	}

}
