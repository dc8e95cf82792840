package org.paipmanager.participant;

import java.time.Instant;
import java.util.UUID;

/**
 * A case note as the participant file shows it.
 *
 * @param correctsNoteId the earlier note this one corrects, or null
 * @param correctedByNoteId the later note that corrects this one, or null
 */
public record CaseNote(UUID id, Instant writtenAt, String author, String text, UUID correctsNoteId,
		UUID correctedByNoteId) {
}
