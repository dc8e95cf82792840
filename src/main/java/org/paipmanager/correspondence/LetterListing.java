package org.paipmanager.correspondence;

import java.time.Instant;
import java.util.UUID;

/**
 * A letter in a participant's correspondence list, without its text.
 */
public record LetterListing(UUID id, CorrespondenceKind kind, String recipient, String recipientCaseNumber,
		String subject, Instant createdAt, String createdBy, Instant sentAt) {

	/** Whether the letter went out; a held letter waits for a release. */
	public boolean sent() {
		return this.sentAt != null;
	}

}
