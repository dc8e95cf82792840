package org.paipmanager.referralreports;

import java.time.LocalDate;
import java.util.UUID;

import org.paipmanager.shared.ParticipantId;

/**
 * A noncompliance notice in the queue for the referral source (OUT-4): due within one
 * business day; overdue while not sent after that.
 */
public record NoticeListing(UUID eventId, UUID noticeId, ParticipantId participantId, String participantName,
		NoncomplianceKind kind, LocalDate occurredOn, String ruleViolated, LocalDate dueOn, boolean sent,
		boolean overdue) {
}
