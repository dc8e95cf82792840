package org.paipmanager.correspondence;

import java.time.Instant;
import java.util.UUID;

import org.paipmanager.shared.ParticipantId;

/**
 * A letter as it was sent: {@code html} is the snapshot taken when it was written, never
 * rendered again from current data.
 */
public record Letter(UUID id, ParticipantId participantId, CorrespondenceKind kind, String recipient,
		String recipientCaseNumber, String subject, String html, Instant createdAt, String createdBy, Instant sentAt) {

	/** Whether the letter went out; a held letter waits for a release. */
	public boolean sent() {
		return this.sentAt != null;
	}

}
