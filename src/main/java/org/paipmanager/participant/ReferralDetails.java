package org.paipmanager.participant;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the referral papers say (PAR-1, 501.115(b)(2)); every part may be missing.
 *
 * @param referringAgencyId the referring office in the agency directory
 * @param referringContact the officer or worker who referred, and how to reach them
 * @param nextCourtDate the next court date on the papers
 * @param reportDueOn when the referral source expects the program's first report
 */
public record ReferralDetails(UUID referringAgencyId, String referringContact, ChargeType chargeType,
		String offenceDescription, OrderOfProtection orderOfProtection, LocalDate nextCourtDate,
		LocalDate reportDueOn) {
}
