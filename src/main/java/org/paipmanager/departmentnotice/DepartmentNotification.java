package org.paipmanager.departmentnotice;

import java.time.LocalDate;
import java.util.UUID;

import org.paipmanager.departmentnotice.domain.NotificationDeadline.Status;

/**
 * A change to tell the Department of (501.70(a)(2)): what changed, when, the deadline,
 * and when and how it was sent. {@code daysLeft} is negative once overdue.
 */
public record DepartmentNotification(UUID id, ChangeKind kind, UUID subjectId, String subject, String detail,
		LocalDate changedOn, LocalDate dueOn, Status status, long daysLeft, LocalDate sentOn, SendingMethod sentMethod,
		String sentBy, long version) {

	/** Always 501.70(a)(2). */
	public String section() {
		return "501.70(a)(2)";
	}

}
