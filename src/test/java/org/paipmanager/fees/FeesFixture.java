package org.paipmanager.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.paipmanager.fees.FeePolicyCommand.Band;

/**
 * Test fixture: an agency fee policy with a sound sliding scale. Households of 1 to 2 pay
 * 10.00 below 1,000.00 a month, 20.00 to 1,999.99 and 35.00 above; households of 3 or
 * more pay 5.00, 15.00 and 30.00 with breaks at 1,500.00 and 3,000.00; the minimum fee is
 * 8.00.
 */
public final class FeesFixture {

	private FeesFixture() {
	}

	public static FeePolicyCommand policy(LocalDate effectiveFrom, int basedOnVersion) {
		return new FeePolicyCommand(effectiveFrom, new BigDecimal("8.00"),
				"Proof of income (pay stubs or a benefits letter) and the director's approval.",
				"Fees follow a sliding scale by household size and monthly income. Ask us about a reduction.",
				basedOnVersion, bands());
	}

	public static List<Band> bands() {
		return List.of(band(1, 2, "0.00", "999.99", "10.00"), band(1, 2, "1000.00", "1999.99", "20.00"),
				band(1, 2, "2000.00", null, "35.00"), band(3, null, "0.00", "1499.99", "5.00"),
				band(3, null, "1500.00", "2999.99", "15.00"), band(3, null, "3000.00", null, "30.00"));
	}

	public static Band band(int from, Integer to, String incomeFrom, String incomeTo, String fee) {
		return new Band(from, to, new BigDecimal(incomeFrom), (incomeTo != null) ? new BigDecimal(incomeTo) : null,
				new BigDecimal(fee));
	}

}
