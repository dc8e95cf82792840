package org.paipmanager.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The hash of an audit row: SHA-256 over every stored column and the previous row's hash.
 * An agency's rows form up to {@link #CHAINS} parallel chains (ADR 0026); chain 0 hashes
 * exactly as the single chain did before, the others add their number to the agency id.
 */
final class AuditChain {

	static final String GENESIS = "0".repeat(64);

	/** Parallel chains per agency (the check constraint of V0095 allows 0 to 7). */
	static final int CHAINS = 8;

	private static final char SEPARATOR = '\u001f';

	private static final String NULL = "\u0000";

	private AuditChain() {
	}

	static String hash(UUID agencyId, int chain, long seq, Instant occurredAt, UUID actorStaffId, String actorUsername,
			String action, String recordType, String recordId, String detail, String previousHash) {
		String chainOfAgency = (chain == 0) ? agencyId.toString() : agencyId + "/" + chain;
		String canonical = String.join(String.valueOf(SEPARATOR), chainOfAgency, Long.toString(seq),
				Long.toString(occurredAt.getEpochSecond()) + "." + occurredAt.getNano(), text(actorStaffId),
				text(actorUsername), text(action), text(recordType), text(recordId), text(detail), previousHash);
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
		}
	}

	/** Compares two hashes in constant time. */
	static boolean same(String hash, String other) {
		return MessageDigest.isEqual(hash.getBytes(StandardCharsets.UTF_8), other.getBytes(StandardCharsets.UTF_8));
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : NULL;
	}

}
