package org.paipmanager.consent;

import java.util.UUID;

/**
 * What the disclosure service answers once a disclosure is recorded: the ledger row, and
 * the 42 CFR 2.32 redisclosure notice the caller must attach when substance-use treatment
 * information is sent.
 *
 * @param ledgerEntryId the disclosure ledger row written in the caller's transaction
 * @param noticeEnglish the notice to attach, or null when none is needed
 * @param noticeSpanish the same notice in Spanish, or null when none is needed
 */
public record DisclosureReceipt(UUID ledgerEntryId, String noticeEnglish, String noticeSpanish) {

	public boolean redisclosureNoticeRequired() {
		return this.noticeEnglish != null;
	}

}
