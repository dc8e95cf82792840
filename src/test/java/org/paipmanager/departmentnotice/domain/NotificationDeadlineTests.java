package org.paipmanager.departmentnotice.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.departmentnotice.domain.NotificationDeadline.Status;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationDeadlineTests {

	private static final LocalDate CHANGED = LocalDate.of(2026, 3, 2);

	@Test
	@DisplayName("PRG-4: a change not notified to the Department is due for 30 days and overdue on the 31st (501.70(a)(2))")
	void overdueAfterThirtyDays() {
		LocalDate due = NotificationDeadline.dueOn(CHANGED);
		assertThat(due).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(NotificationDeadline.status(due, null, today(clockOn(CHANGED)))).isEqualTo(Status.DUE);
		assertThat(NotificationDeadline.status(due, null, today(clockOn(CHANGED.plusDays(30))))).isEqualTo(Status.DUE);
		assertThat(NotificationDeadline.status(due, null, today(clockOn(CHANGED.plusDays(31)))))
			.isEqualTo(Status.OVERDUE);
	}

	@Test
	@DisplayName("PRG-4: a notification sent by the deadline is sent; one sent after it is sent late")
	void sentOnTimeOrLate() {
		LocalDate due = NotificationDeadline.dueOn(CHANGED);
		LocalDate later = CHANGED.plusDays(90);
		assertThat(NotificationDeadline.status(due, CHANGED.plusDays(30), today(clockOn(later))))
			.isEqualTo(Status.SENT);
		assertThat(NotificationDeadline.status(due, CHANGED.plusDays(31), today(clockOn(later))))
			.isEqualTo(Status.SENT_LATE);
	}

	private static Clock clockOn(LocalDate day) {
		return Clock.fixed(day.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
	}

	private static LocalDate today(Clock clock) {
		return LocalDate.now(clock);
	}

}
