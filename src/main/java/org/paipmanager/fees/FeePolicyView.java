package org.paipmanager.fees;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One version of the agency fee policy (501.270), with the staff member who wrote it.
 *
 * @param section the rule that requires a fee policy
 */
public record FeePolicyView(UUID id, int versionNumber, LocalDate effectiveFrom, BigDecimal minimumFee,
		String waiverRequirements, String participantText, List<FeePolicyCommand.Band> bands, Instant writtenAt,
		String writtenBy, String section) {

	public FeePolicyView {
		bands = List.copyOf(bands);
	}

}
