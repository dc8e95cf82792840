package org.paipmanager.fees.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One band of a sliding scale: households of {@code householdFrom} to {@code householdTo}
 * people (no upper end when null) with a monthly income from {@code incomeFrom} to
 * {@code incomeTo} inclusive (no upper end when null) pay {@code fee} per session.
 */
public record FeeBand(int householdFrom, Integer householdTo, BigDecimal incomeFrom, BigDecimal incomeTo,
		BigDecimal fee) {

	boolean covers(int householdSize, BigDecimal income) {
		return householdSize >= this.householdFrom && (this.householdTo == null || householdSize <= this.householdTo)
				&& income.compareTo(this.incomeFrom) >= 0
				&& (this.incomeTo == null || income.compareTo(this.incomeTo) <= 0);
	}

	boolean sameHouseholds(FeeBand other) {
		return this.householdFrom == other.householdFrom && Objects.equals(this.householdTo, other.householdTo);
	}

}
