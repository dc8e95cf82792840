package org.paipmanager.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One entry on a participant's fee ledger.
 *
 * @param amount the effect on the balance: positive for a charge, negative for a payment,
 * waiver or reversal
 * @param balanceAfter the running balance after this entry
 */
public record LedgerEntryView(UUID id, LedgerEntryKind kind, LocalDate entryDate, BigDecimal amount, String description,
		PaymentMethod method, Long receiptNumber, String reason, String recordedBy, BigDecimal balanceAfter) {
}
