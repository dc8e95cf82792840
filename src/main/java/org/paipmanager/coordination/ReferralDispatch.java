package org.paipmanager.coordination;

import java.util.UUID;

/**
 * A referral sent: by FHIR (delivered, with the agency's HTTP answer) or on paper (to
 * print).
 */
public record ReferralDispatch(UUID referralId, ReferralChannel channel, int httpStatus) {
}
