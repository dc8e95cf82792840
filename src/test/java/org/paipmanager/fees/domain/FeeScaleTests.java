package org.paipmanager.fees.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** PRG-7: the sliding scale of the agency fee policy (501.270). */
class FeeScaleTests {

	static final List<FeeBand> BANDS = List.of(band(1, 2, "0.00", "999.99", "10.00"),
			band(1, 2, "1000.00", "1999.99", "20.00"), band(1, 2, "2000.00", null, "35.00"),
			band(3, null, "0.00", "1499.99", "5.00"), band(3, null, "1500.00", "2999.99", "15.00"),
			band(3, null, "3000.00", null, "30.00"));

	static final FeeScale SCALE = new FeeScale(BANDS, new BigDecimal("8.00"));

	@Test
	@DisplayName("PRG-7: the band edges: the upper end of a band is inclusive, one cent more is the next band")
	void findsTheBandAtItsEdges() {
		assertThat(fee(1, "0.00")).isEqualByComparingTo("10.00");
		assertThat(fee(1, "999.99")).isEqualByComparingTo("10.00");
		assertThat(fee(1, "1000.00")).isEqualByComparingTo("20.00");
		assertThat(fee(2, "1999.99")).isEqualByComparingTo("20.00");
		assertThat(fee(2, "2000.00")).isEqualByComparingTo("35.00");
		assertThat(fee(2, "250000.00")).isEqualByComparingTo("35.00");
	}

	@Test
	@DisplayName("PRG-7: household size picks the row: the same income pays less in a larger household, and the open range covers any size")
	void picksTheBandByHouseholdSize() {
		assertThat(fee(2, "1600.00")).isEqualByComparingTo("20.00");
		assertThat(fee(3, "1600.00")).isEqualByComparingTo("15.00");
		assertThat(fee(12, "1600.00")).isEqualByComparingTo("15.00");
		assertThat(fee(3, "3000.00")).isEqualByComparingTo("30.00");
	}

	@Test
	@DisplayName("PRG-7: no one pays less than the minimum fee unless it is reduced or waived")
	void raisesABandFeeToTheMinimum() {
		FeeCalculation low = SCALE.assess(4, new BigDecimal("400.00"), FeeAdjustment.NONE, null);
		assertThat(low.scaleFee()).isEqualByComparingTo("8.00");
		assertThat(low.feePerSession()).isEqualByComparingTo("8.00");
		assertThat(low.section()).isEqualTo("501.270");
	}

	@Test
	@DisplayName("PRG-7: a reduction takes its percentage off the scale fee, rounded half up to the cent")
	void reducesByAPercentageRoundedToTheCent() {
		assertThat(SCALE.assess(1, new BigDecimal("1500.00"), FeeAdjustment.REDUCTION, 50).feePerSession())
			.isEqualByComparingTo("10.00");
		// 35.00 x 0.67 = 23.45
		assertThat(SCALE.assess(2, new BigDecimal("2500.00"), FeeAdjustment.REDUCTION, 33).feePerSession())
			.isEqualByComparingTo("23.45");
		// The band says 5.00, the minimum raises it to 8.00, and 1% off is 7.92.
		assertThat(SCALE.assess(3, new BigDecimal("10.00"), FeeAdjustment.REDUCTION, 1).feePerSession())
			.isEqualByComparingTo("7.92");
		// 20.00 x 0.875 is not possible with whole percents; 10.00 x 0.15 = 1.50; 5.55
		// half up
		FeeScale odd = new FeeScale(List.of(band(1, null, "0.00", null, "11.10")), BigDecimal.ZERO);
		assertThat(odd.assess(1, BigDecimal.ONE, FeeAdjustment.REDUCTION, 50).feePerSession())
			.isEqualByComparingTo("5.55");
		FeeScale halfCent = new FeeScale(List.of(band(1, null, "0.00", null, "0.25")), BigDecimal.ZERO);
		assertThat(halfCent.assess(1, BigDecimal.ONE, FeeAdjustment.REDUCTION, 50).feePerSession())
			.isEqualByComparingTo("0.13");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SCALE.assess(1, BigDecimal.TEN, FeeAdjustment.REDUCTION, 100));
	}

	@Test
	@DisplayName("PRG-7: a waiver makes the fee per session nothing, while the scale fee stays on record")
	void waivesTheFee() {
		FeeCalculation waived = SCALE.assess(1, new BigDecimal("5000.00"), FeeAdjustment.WAIVER, null);
		assertThat(waived.scaleFee()).isEqualByComparingTo("35.00");
		assertThat(waived.feePerSession()).isEqualByComparingTo("0.00");
	}

	@Test
	@DisplayName("PRG-7: income given in fractions of a cent is rounded to the cent before the band is found")
	void roundsIncomeToTheCent() {
		assertThat(fee(1, "999.994")).isEqualByComparingTo("10.00");
		assertThat(fee(1, "999.995")).isEqualByComparingTo("20.00");
	}

	@Test
	@DisplayName("PRG-7: a sound scale has no problems")
	void acceptsASoundScale() {
		assertThat(FeeScale.problems(BANDS, new BigDecimal("8.00"))).isEmpty();
	}

	@Test
	@DisplayName("PRG-7: a gap between income bands is refused on the band that starts too late")
	void refusesAnIncomeGap() {
		List<FeeBand> bands = new ArrayList<>(BANDS);
		bands.set(1, band(1, 2, "1000.01", "1999.99", "20.00"));
		assertThat(FeeScale.problems(bands, BigDecimal.ONE))
			.containsExactly(java.util.Map.entry("bands[1].incomeFrom", "fees.scale.incomeGap"));
	}

	@Test
	@DisplayName("PRG-7: overlapping income bands are refused on the band that starts inside the one before")
	void refusesAnIncomeOverlap() {
		List<FeeBand> bands = new ArrayList<>(BANDS);
		bands.set(4, band(3, null, "1400.00", "2999.99", "15.00"));
		assertThat(FeeScale.problems(bands, BigDecimal.ONE)).containsEntry("bands[4].incomeFrom",
				"fees.scale.incomeOverlap");
	}

	@Test
	@DisplayName("PRG-7: income bands must start at 0.00 and the highest must have no upper end")
	void refusesIncomesLeftUncovered() {
		List<FeeBand> bands = new ArrayList<>(BANDS);
		bands.set(0, band(1, 2, "100.00", "999.99", "10.00"));
		assertThat(FeeScale.problems(bands, BigDecimal.ONE)).containsEntry("bands[0].incomeFrom",
				"fees.scale.incomeGap");
		List<FeeBand> capped = new ArrayList<>(BANDS);
		capped.set(2, band(1, 2, "2000.00", "9999.99", "35.00"));
		assertThat(FeeScale.problems(capped, BigDecimal.ONE)).containsEntry("bands[2].incomeTo",
				"fees.scale.incomeOpen");
	}

	@Test
	@DisplayName("PRG-7: household sizes must run from 1 without gap or overlap, the largest without an upper end")
	void refusesHouseholdGapsAndOverlaps() {
		List<FeeBand> gap = BANDS.stream()
			.map((b) -> (b.householdFrom() == 3) ? band(4, null, b.incomeFrom(), b.incomeTo(), b.fee()) : b)
			.toList();
		assertThat(FeeScale.problems(gap, BigDecimal.ONE)).containsEntry("bands[3].householdFrom",
				"fees.scale.householdGap");
		List<FeeBand> overlap = BANDS.stream()
			.map((b) -> (b.householdFrom() == 3) ? band(2, null, b.incomeFrom(), b.incomeTo(), b.fee()) : b)
			.toList();
		assertThat(FeeScale.problems(overlap, BigDecimal.ONE)).containsEntry("bands[3].householdFrom",
				"fees.scale.householdOverlap");
		List<FeeBand> closed = BANDS.stream()
			.map((b) -> (b.householdFrom() == 3) ? band(3, 8, b.incomeFrom(), b.incomeTo(), b.fee()) : b)
			.toList();
		assertThat(FeeScale.problems(closed, BigDecimal.ONE)).containsEntry("bands[3].householdTo",
				"fees.scale.householdOpen");
	}

	@Test
	@DisplayName("PRG-7: an empty scale, a negative fee or minimum is refused, and a scale with problems cannot be built")
	void refusesNonsense() {
		assertThat(FeeScale.problems(List.of(), BigDecimal.ONE)).containsEntry("bands", "fees.scale.empty");
		assertThat(FeeScale.problems(List.of(band(1, null, "0.00", null, "-1.00")), new BigDecimal("-1")))
			.containsEntry("minimumFee", "fees.scale.minimum")
			.containsEntry("bands[0].fee", "fees.scale.fee");
		assertThatIllegalArgumentException().isThrownBy(() -> new FeeScale(List.of(), BigDecimal.ONE));
	}

	private static BigDecimal fee(int household, String income) {
		return SCALE.assess(household, new BigDecimal(income), FeeAdjustment.NONE, null).feePerSession();
	}

	static FeeBand band(int from, Integer to, String incomeFrom, String incomeTo, String fee) {
		return band(from, to, new BigDecimal(incomeFrom), (incomeTo != null) ? new BigDecimal(incomeTo) : null,
				new BigDecimal(fee));
	}

	static FeeBand band(int from, Integer to, BigDecimal incomeFrom, BigDecimal incomeTo, BigDecimal fee) {
		return new FeeBand(from, to, incomeFrom, incomeTo, fee);
	}

}
