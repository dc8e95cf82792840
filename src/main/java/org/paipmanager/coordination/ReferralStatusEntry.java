package org.paipmanager.coordination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One status of a referral as sent or as reported back, kept as history.
 *
 * @param reason why the agency rejected it, or the agency's note; null when none was
 * given
 * @param recordedBy the staff member, or {@code fhir-partner} when the agency sent it
 */
public record ReferralStatusEntry(UUID referralId, ReferralStatus status, ReferralChannel channel, String reason,
		LocalDate recordedOn, Instant recordedAt, String recordedBy) {
}
