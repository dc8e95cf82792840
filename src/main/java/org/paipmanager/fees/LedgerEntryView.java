package org.paipmanager.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One entry on a participant's fee ledger.
 *
 * @param amount the effect on the balance: positive for a charge, negative for a payment,
 * waiver or reversal of a charge
 * @param reverses for a reversal, the entry it takes back
 * @param balanceAfter the running balance after this entry
 */
public record LedgerEntryView(UUID id, LedgerEntryKind kind, LocalDate entryDate, BigDecimal amount, String description,
		PaymentMethod method, Long receiptNumber, String reason, UUID reverses, String recordedBy,
		BigDecimal balanceAfter) {

	LedgerEntryView withBalance(BigDecimal balance) {
		return new LedgerEntryView(this.id, this.kind, this.entryDate, this.amount, this.description, this.method,
				this.receiptNumber, this.reason, this.reverses, this.recordedBy, balance);
	}

}
