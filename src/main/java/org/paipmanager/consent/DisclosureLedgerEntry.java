package org.paipmanager.consent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One row of a participant's disclosure accounting (CON-2): what went to whom, when, by
 * whom, and under which release or legal exception.
 *
 * @param recipientName the partner agency's or other recipient's name, or null for the
 * referral source
 * @param release the release relied on, or null under a legal basis
 * @param legalBasis the legal exception relied on, or null under a release
 * @param redisclosureNotice whether the 42 CFR 2.32 notice accompanied it
 */
public record DisclosureLedgerEntry(UUID id, RecipientKind recipientKind, String recipientName, ReleasePurpose purpose,
		List<InformationCategory> categories, String description, String reference, ReleaseId release,
		LegalBasis legalBasis, String justification, boolean redisclosureNotice, Instant disclosedAt,
		String disclosedBy) {

	public DisclosureLedgerEntry {
		categories = List.copyOf(categories);
	}

}
