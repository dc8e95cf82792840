package org.paipmanager.fees;

/** The kinds of entry on a participant's fee ledger. */
public enum LedgerEntryKind {

	/** A group session attended, at the fee per session then assessed. */
	SESSION_CHARGE,
	/** A charge entered by hand, such as materials. */
	OTHER_CHARGE,
	/** A payment, with its receipt. */
	PAYMENT,
	/** Part or all of the balance forgiven, with the reason. */
	WAIVER,
	/** A session charge taken back because the attendance was corrected. */
	REVERSAL

}
