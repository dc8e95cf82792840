package org.paipmanager.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A participant's contract as pages and the API show it; the signature itself is fetched
 * separately.
 */
public record ContractView(UUID id, long version, String language, int templateVersion, int sessionsRequired,
		BigDecimal feePerSession, String text, Instant generatedAt, String generatedBy, LocalDate signedOn,
		String signerName, boolean drawnSignature, boolean signedScan, String signingRecordedBy) {

	public boolean signed() {
		return this.signedOn != null;
	}

}
