package org.paipmanager.completion;

import java.math.BigDecimal;
import java.util.UUID;

import org.paipmanager.participant.ReferralSource;

/**
 * A referral source's service standard as set by the agency (GRP-6).
 */
public record ServiceStandard(UUID id, ReferralSource referralSource, String name, int sessionsRequired,
		BigDecimal hoursRequired, Integer referralValidMonths, boolean groupOnly, boolean certificateAllowed,
		long version) {

	public StandardCommand toCommand() {
		return new StandardCommand(this.referralSource, this.name, this.sessionsRequired, this.hoursRequired,
				this.referralValidMonths, this.groupOnly, this.certificateAllowed, this.version);
	}

}
