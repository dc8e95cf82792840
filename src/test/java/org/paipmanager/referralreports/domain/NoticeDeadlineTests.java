package org.paipmanager.referralreports.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeDeadlineTests {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	private static LocalDate today(String instant) {
		return LocalDate.now(Clock.fixed(Instant.parse(instant), CHICAGO));
	}

	@Test
	@DisplayName("OUT-4: a noncompliance event recorded on a Friday makes its notice due on the Monday")
	void skipsTheWeekend() {
		LocalDate friday = today("2026-11-20T21:00:00Z");
		assertThat(friday.getDayOfWeek()).hasToString("FRIDAY");
		assertThat(NoticeDeadline.dueOn(friday)).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(NoticeDeadline.dueOn(LocalDate.of(2026, 11, 21))).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(NoticeDeadline.dueOn(LocalDate.of(2026, 11, 22))).isEqualTo(LocalDate.of(2026, 11, 23));
	}

	@Test
	@DisplayName("OUT-4: on a weekday the notice is due the next day")
	void givesOneBusinessDay() {
		assertThat(NoticeDeadline.dueOn(today("2026-11-24T15:00:00Z"))).isEqualTo(LocalDate.of(2026, 11, 25));
		assertThat(NoticeDeadline.dueOn(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 11, 24));
	}

	@Test
	@DisplayName("OUT-4: a held notice is overdue only after its due day; a sent one never")
	void flagsOverdueNotices() {
		LocalDate due = LocalDate.of(2026, 11, 23);
		assertThat(NoticeDeadline.overdue(due, false, today("2026-11-23T23:00:00Z"))).isFalse();
		assertThat(NoticeDeadline.overdue(due, false, today("2026-11-24T15:00:00Z"))).isTrue();
		assertThat(NoticeDeadline.overdue(due, true, today("2026-11-30T15:00:00Z"))).isFalse();
	}

}
