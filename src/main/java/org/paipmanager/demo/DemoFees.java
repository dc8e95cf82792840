package org.paipmanager.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.paipmanager.fees.ChargeCommand;
import org.paipmanager.fees.FeeAssessmentCommand;
import org.paipmanager.fees.FeePolicyCommand;
import org.paipmanager.fees.FeePolicyCommand.Band;
import org.paipmanager.fees.FeesManagement;
import org.paipmanager.fees.PaymentCommand;
import org.paipmanager.fees.PaymentMethod;
import org.paipmanager.fees.WaiverCommand;
import org.paipmanager.shared.ParticipantId;

/**
 * Demo fees (PRG-7, 501.270): the agency's sliding scale, each enrolled participant
 * assessed before the contract so that the contract's fee is the scale's, and a few
 * payments, a workbook charge and a waiver.
 */
class DemoFees {

	// A household of two with this monthly income pays this fee on the demo scale.
	private static final Map<String, String> INCOME_FOR_FEE = Map.of("15.00", "850.00", "20.00", "1250.00", "25.00",
			"1800.00", "30.00", "2400.00", "35.00", "3300.00", "40.00", "4600.00");

	private final FeesManagement fees;

	private final DemoClock clock;

	DemoFees(FeesManagement fees, DemoClock clock) {
		this.fees = fees;
		this.clock = clock;
	}

	void policy(LocalDate effectiveFrom) {
		this.clock.on(effectiveFrom, () -> this.fees.writePolicy(new FeePolicyCommand(effectiveFrom,
				new BigDecimal("10.00"),
				"Pay stubs, a benefits letter or a signed statement of no income, reviewed by the director. A reduction or waiver is reviewed every three months.",
				"Prairie Bridges charges a fee for each group session attended, on a sliding scale by household size and monthly income. No one is turned away for inability to pay: ask about a reduction or waiver.",
				0,
				List.of(band(1, 2, "0.00", "999.99", "15.00"), band(1, 2, "1000.00", "1499.99", "20.00"),
						band(1, 2, "1500.00", "1999.99", "25.00"), band(1, 2, "2000.00", "2999.99", "30.00"),
						band(1, 2, "3000.00", "3999.99", "35.00"), band(1, 2, "4000.00", null, "40.00"),
						band(3, null, "0.00", "1499.99", "10.00"), band(3, null, "1500.00", "2999.99", "20.00"),
						band(3, null, "3000.00", null, "30.00")))));
	}

	/** Assesses a household of two at the income that gives the contract's fee. */
	void assess(ParticipantId participant, String fee, LocalDate on) {
		BigDecimal income = new BigDecimal(INCOME_FOR_FEE.get(fee));
		this.clock.on(on, () -> this.fees.assess(participant, FeeAssessmentCommand.onScale(on, 2, income)));
	}

	/**
	 * Pays what is owed on the day; a workbook charge and a payment; a hardship waiver.
	 */
	void payments(ParticipantId paidUp, ParticipantId paying, ParticipantId waived, LocalDate today) {
		LocalDate lastWeek = today.minusDays(7);
		this.clock.on(lastWeek, () -> {
			BigDecimal owed = this.fees.ledger(paidUp).balance();
			if (owed.signum() > 0) {
				this.fees.recordPayment(paidUp, new PaymentCommand(lastWeek, owed, PaymentMethod.MONEY_ORDER, null));
			}
			this.fees.recordCharge(paying, new ChargeCommand(lastWeek, new BigDecimal("12.50"), "Workbook"));
			this.fees.recordPayment(paying,
					new PaymentCommand(lastWeek, new BigDecimal("45.00"), PaymentMethod.CASH, null));
			BigDecimal balance = this.fees.ledger(waived).balance();
			if (balance.signum() > 0) {
				this.fees.waive(waived, new WaiverCommand(lastWeek, balance.min(new BigDecimal("60.00")),
						"Laid off; unemployment benefits letter seen by the director."));
			}
			return null;
		});
	}

	private static Band band(int from, Integer to, String incomeFrom, String incomeTo, String fee) {
		return new Band(from, to, new BigDecimal(incomeFrom), (incomeTo != null) ? new BigDecimal(incomeTo) : null,
				new BigDecimal(fee));
	}

}
