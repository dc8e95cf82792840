package org.paipmanager.fees.domain;

import java.math.BigDecimal;

/**
 * The fee per session a participant is assessed: what the scale says (at least the
 * minimum fee) and what applies after a reduction or waiver.
 *
 * @param scaleFee the band's fee, raised to the policy minimum
 * @param feePerSession the fee charged for each session attended
 * @param section the rule behind the fee policy
 */
public record FeeCalculation(BigDecimal scaleFee, BigDecimal feePerSession, FeeAdjustment adjustment, String section) {

	public static final String SECTION = "501.270";

}
