package org.paipmanager.fees;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.paipmanager.shared.ParticipantId;

/**
 * A payment receipt: the agency's sequential receipt number, the payment and the balance
 * left after it.
 */
public record ReceiptView(long receiptNumber, ParticipantId participantId, String participantName, String caseNumber,
		LocalDate paidOn, BigDecimal amount, PaymentMethod method, String note, String receivedBy,
		BigDecimal balanceAfter) {
}
