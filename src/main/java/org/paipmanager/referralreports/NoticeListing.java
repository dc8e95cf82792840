package org.paipmanager.referralreports;

import java.time.LocalDate;
import java.util.UUID;

import org.paipmanager.shared.ParticipantId;

/**
 * A noncompliance notice in the queue for the referral source (OUT-4): due within one
 * business day; overdue while not sent after that. A notice raised automatically from an
 * attendance sheet names its group session; one withdrawn (the sheet corrected before it
 * was sent) is never sent and never overdue.
 *
 * @param automatic raised by the system from attendance or a termination
 * @param sessionGroup the group whose session raised it, or null
 * @param withdrawn the sheet was corrected to attended before the notice was sent
 */
public record NoticeListing(UUID eventId, UUID noticeId, ParticipantId participantId, String participantName,
		NoncomplianceKind kind, LocalDate occurredOn, String ruleViolated, LocalDate dueOn, boolean sent,
		boolean overdue, boolean automatic, String sessionGroup, boolean withdrawn) {
}
