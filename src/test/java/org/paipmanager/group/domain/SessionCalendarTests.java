package org.paipmanager.group.domain;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** GRP-1: a group's sessions as an RFC 5545 calendar for facilitators. */
class SessionCalendarTests {

	private static final UUID GROUP = UUID.fromString("00000000-0000-0000-0000-000000000001");

	@Test
	@DisplayName("GRP-1: one event per weekly session, in UTC from Central time across the daylight-saving change")
	void listsWeeklySessionsInUtc() {
		String ics = SessionCalendar.of(GROUP, "Tuesday men's group", "Room 2, Main St.", DayOfWeek.TUESDAY,
				LocalTime.of(18, 30), 90, LocalDate.of(2026, 10, 29), 2, Instant.parse("2026-10-29T12:00:00Z"));
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
		// 3 Nov 2026 is after the change to standard time (UTC-6); 10 Nov likewise.
		assertThat(ics).contains("UID:" + GROUP + "-2026-11-03@paipmanager\r\n")
			.contains("DTSTART:20261104T003000Z\r\n")
			.contains("DTEND:20261104T020000Z\r\n")
			.contains("DTSTART:20261111T003000Z\r\n")
			.contains("LOCATION:Room 2\\, Main St.\r\n");
		assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(3);
		assertThat(ics).doesNotContain("\n\n");
	}

	@Test
	@DisplayName("GRP-1: long lines are folded at 75 octets without splitting a character")
	void foldsLongLines() {
		String name = "Grupo de hombres en español, martes por la noche, salón grande del segundo piso";
		String ics = SessionCalendar.of(GROUP, name, "Salón 1", DayOfWeek.TUESDAY, LocalTime.of(18, 0), 90,
				LocalDate.of(2026, 6, 2), 1, Instant.parse("2026-06-01T12:00:00Z"));
		assertThat(Arrays.stream(ics.split("\r\n")).mapToInt((line) -> line.getBytes(StandardCharsets.UTF_8).length))
			.allMatch((length) -> length <= 75);
		String unfolded = ics.replace("\r\n ", "");
		assertThat(unfolded).contains("SUMMARY:" + name.replace(",", "\\,"));
	}

	@Test
	@DisplayName("GRP-1: each event carries the session's topic in its summary and description")
	void carriesTheTopic() {
		String ics = SessionCalendar.of(GROUP, "Tuesday men's group", "Room 2", DayOfWeek.TUESDAY, LocalTime.of(18, 30),
				90, LocalDate.of(2026, 11, 3), 2, Instant.parse("2026-11-01T12:00:00Z"),
				(day) -> day.equals(LocalDate.of(2026, 11, 3))
						? new SessionCalendar.Topic("Power and control", "Topic 3 of 24; 501.90(b)(4)(A)") : null);
		assertThat(ics).contains("SUMMARY:Tuesday men's group: Power and control\r\n")
			.contains("DESCRIPTION:Topic 3 of 24\\; 501.90(b)(4)(A)\r\n")
			.contains("SUMMARY:Tuesday men's group\r\n");
		assertThat(ics.split("DESCRIPTION:", -1)).hasSize(2);
	}

}
