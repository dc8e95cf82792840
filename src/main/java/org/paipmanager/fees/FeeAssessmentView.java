package org.paipmanager.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.paipmanager.fees.domain.FeeAdjustment;

/**
 * A recorded fee assessment: what the scale gave, the fee per session that applies from
 * {@code assessedOn}, and the policy version and rule behind it.
 */
public record FeeAssessmentView(UUID id, LocalDate assessedOn, int householdSize, BigDecimal monthlyIncome,
		BigDecimal scaleFee, FeeAdjustment adjustment, Integer reductionPercent, String adjustmentReason,
		BigDecimal feePerSession, int policyVersion, String assessedBy, String section) {
}
