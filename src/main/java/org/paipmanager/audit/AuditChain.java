package org.paipmanager.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The hash of an audit row: SHA-256 over every stored column and the previous row's hash.
 */
final class AuditChain {

	static final String GENESIS = "0".repeat(64);

	private static final char SEPARATOR = '\u001f';

	private static final String NULL = "\u0000";

	private AuditChain() {
	}

	static String hash(UUID agencyId, long seq, Instant occurredAt, UUID actorStaffId, String actorUsername,
			String action, String recordType, String recordId, String detail, String previousHash) {
		String canonical = String.join(String.valueOf(SEPARATOR), agencyId.toString(), Long.toString(seq),
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
