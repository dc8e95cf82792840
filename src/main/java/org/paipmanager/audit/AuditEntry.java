package org.paipmanager.audit;

import java.time.Instant;

/**
 * One row of an agency's audit chains, as shown to auditors: its chain (ADR 0026) and its
 * sequence number in that chain.
 */
public record AuditEntry(int chain, long seq, Instant occurredAt, String actorUsername, AuditAction action,
		String recordType, String recordId, String detail) {
}
