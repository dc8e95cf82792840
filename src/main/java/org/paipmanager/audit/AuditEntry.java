package org.paipmanager.audit;

import java.time.Instant;

/**
 * One row of an agency's audit chain, as shown to auditors.
 */
public record AuditEntry(long seq, Instant occurredAt, String actorUsername, AuditAction action, String recordType,
		String recordId, String detail) {
}
