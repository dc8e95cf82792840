package org.paipmanager.fees;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.paipmanager.shared.ParticipantId;

/**
 * A participant's fees for one month, for the monthly report to the referral source ("if
 * fees are paid"): the balance at the start, what was charged (net of reversals), paid
 * and waived during the month, and the balance owed at its end.
 *
 * @param section the rule behind the fee policy
 */
public record MonthlyFeeStatement(ParticipantId participantId, YearMonth month, BigDecimal openingBalance,
		BigDecimal charged, BigDecimal paid, BigDecimal waived, BigDecimal balanceOwed, String section) {

	/** Whether everything owed at the end of the month was paid or waived. */
	public boolean paidUp() {
		return this.balanceOwed.signum() <= 0;
	}

}
