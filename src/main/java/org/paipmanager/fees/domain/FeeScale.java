package org.paipmanager.fees.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An agency's sliding scale (501.270): bands by household size and monthly income, each
 * with a fee per session, and the minimum fee. For every household size and every income
 * exactly one band applies: the household ranges run from 1 upward without gap or
 * overlap, and within each, the income bands run from 0.00 upward, each starting one cent
 * above the one before, the last without an upper end.
 */
public record FeeScale(List<FeeBand> bands, BigDecimal minimumFee) {

	private static final BigDecimal CENT = new BigDecimal("0.01");

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	public FeeScale {
		bands = List.copyOf(bands);
		Map<String, String> problems = problems(bands, minimumFee);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("Not a valid scale: " + problems);
		}
	}

	/**
	 * What is wrong with a scale, as message keys by field ({@code bands[2].incomeFrom},
	 * {@code minimumFee}, or {@code bands} for the scale as a whole); empty when it is
	 * sound.
	 */
	public static Map<String, String> problems(List<FeeBand> bands, BigDecimal minimumFee) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (minimumFee == null || minimumFee.signum() < 0) {
			problems.put("minimumFee", "fees.scale.minimum");
		}
		if (bands.isEmpty()) {
			problems.put("bands", "fees.scale.empty");
			return problems;
		}
		for (int i = 0; i < bands.size(); i++) {
			FeeBand band = bands.get(i);
			if (band.householdFrom() < 1 || (band.householdTo() != null && band.householdTo() < band.householdFrom())) {
				problems.put("bands[" + i + "].householdFrom", "fees.scale.householdRange");
			}
			if (band.incomeFrom().signum() < 0
					|| (band.incomeTo() != null && band.incomeTo().compareTo(band.incomeFrom()) < 0)) {
				problems.put("bands[" + i + "].incomeFrom", "fees.scale.incomeRange");
			}
			if (band.fee().signum() < 0) {
				problems.put("bands[" + i + "].fee", "fees.scale.fee");
			}
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		checkHouseholds(bands, problems);
		if (problems.isEmpty()) {
			checkIncomes(bands, problems);
		}
		return problems;
	}

	private static void checkHouseholds(List<FeeBand> bands, Map<String, String> problems) {
		// One representative band per household range, in order.
		List<Integer> firsts = new ArrayList<>();
		for (int i = 0; i < bands.size(); i++) {
			int index = i;
			if (firsts.stream().noneMatch((f) -> bands.get(f).sameHouseholds(bands.get(index)))) {
				firsts.add(i);
			}
		}
		firsts.sort(Comparator.comparingInt((Integer i) -> bands.get(i).householdFrom()));
		int expected = 1;
		for (int n = 0; n < firsts.size(); n++) {
			FeeBand band = bands.get(firsts.get(n));
			String field = "bands[" + firsts.get(n) + "].householdFrom";
			if (expected < 0 || band.householdFrom() < expected) {
				problems.put(field, "fees.scale.householdOverlap");
				return;
			}
			if (band.householdFrom() > expected) {
				problems.put(field, "fees.scale.householdGap");
				return;
			}
			expected = (band.householdTo() != null) ? band.householdTo() + 1 : -1;
		}
		if (expected > 0) {
			problems.put("bands[" + firsts.get(firsts.size() - 1) + "].householdTo", "fees.scale.householdOpen");
		}
	}

	private static void checkIncomes(List<FeeBand> bands, Map<String, String> problems) {
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < bands.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparingInt((Integer i) -> bands.get(i).householdFrom())
			.thenComparing((Integer i) -> bands.get(i).incomeFrom()));
		FeeBand previous = null;
		int previousIndex = -1;
		for (int index : order) {
			FeeBand band = bands.get(index);
			String field = "bands[" + index + "].incomeFrom";
			boolean first = previous == null || !previous.sameHouseholds(band);
			if (first && previous != null && previous.incomeTo() != null) {
				problems.put("bands[" + previousIndex + "].incomeTo", "fees.scale.incomeOpen");
				return;
			}
			if (first) {
				if (band.incomeFrom().signum() != 0) {
					problems.put(field, "fees.scale.incomeGap");
					return;
				}
			}
			else {
				if (previous.incomeTo() == null) {
					problems.put(field, "fees.scale.incomeOverlap");
					return;
				}
				int step = band.incomeFrom().compareTo(previous.incomeTo().add(CENT));
				if (step != 0) {
					problems.put(field, (step < 0) ? "fees.scale.incomeOverlap" : "fees.scale.incomeGap");
					return;
				}
			}
			previous = band;
			previousIndex = index;
		}
		if (previous != null && previous.incomeTo() != null) {
			problems.put("bands[" + previousIndex + "].incomeTo", "fees.scale.incomeOpen");
		}
	}

	/** The band's fee for this household and monthly income, before the minimum. */
	public BigDecimal bandFee(int householdSize, BigDecimal monthlyIncome) {
		BigDecimal income = monthlyIncome.setScale(2, RoundingMode.HALF_UP);
		return this.bands.stream()
			.filter((band) -> band.covers(householdSize, income))
			.findFirst()
			.map(FeeBand::fee)
			.orElseThrow(() -> new IllegalStateException("A sound scale covers every household and income"));
	}

	/**
	 * The fee per session (501.270): the band's fee, at least the minimum fee; a
	 * reduction takes the given percentage off, rounded half up to the cent; a waiver
	 * makes it nothing.
	 * @param reductionPercent 1 to 99 for a reduction, ignored otherwise
	 */
	public FeeCalculation assess(int householdSize, BigDecimal monthlyIncome, FeeAdjustment adjustment,
			Integer reductionPercent) {
		if (householdSize < 1 || monthlyIncome.signum() < 0) {
			throw new IllegalArgumentException("A household has at least one person and income is never negative");
		}
		BigDecimal scale = bandFee(householdSize, monthlyIncome).max(this.minimumFee).setScale(2, RoundingMode.HALF_UP);
		BigDecimal fee = switch (adjustment) {
			case NONE -> scale;
			case WAIVER -> BigDecimal.ZERO.setScale(2);
			case REDUCTION -> {
				if (reductionPercent == null || reductionPercent < 1 || reductionPercent > 99) {
					throw new IllegalArgumentException("A reduction is 1 to 99 percent");
				}
				yield scale.multiply(HUNDRED.subtract(BigDecimal.valueOf(reductionPercent)))
					.divide(HUNDRED, 2, RoundingMode.HALF_UP);
			}
		};
		return new FeeCalculation(scale, fee, adjustment, FeeCalculation.SECTION);
	}

}
