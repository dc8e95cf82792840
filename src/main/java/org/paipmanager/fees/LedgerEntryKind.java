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
	/**
	 * An earlier entry taken back: a session charge when the attendance was corrected, or
	 * an entry made by mistake, with the reason.
	 */
	REVERSAL;

	/** Whether staff may reverse an entry of this kind by hand. */
	public boolean reversibleByHand() {
		return this == OTHER_CHARGE || this == PAYMENT || this == WAIVER;
	}

}
