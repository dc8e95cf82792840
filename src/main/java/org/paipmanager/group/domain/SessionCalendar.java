package org.paipmanager.group.domain;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import java.util.function.Function;

import org.paipmanager.shared.ProgramZone;

/**
 * A group's coming weekly sessions as an iCalendar document (RFC 5545) for facilitators'
 * calendars. It holds the group's name, time and room only, never a participant.
 */
public final class SessionCalendar {

	private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private SessionCalendar() {
	}

	/** A session's topic as the calendar shows it. */
	public record Topic(String title, String description) {
	}

	/**
	 * The sessions from {@code from} on, one event each.
	 * @param weeks how many weekly sessions to list
	 */
	public static String of(UUID groupId, String name, String location, DayOfWeek weekday, LocalTime startsAt,
			int minutes, LocalDate from, int weeks, Instant now) {
		return of(groupId, name, location, weekday, startsAt, minutes, from, weeks, now, (day) -> null);
	}

	/**
	 * The sessions from {@code from} on, one event each, with each session's topic in the
	 * summary and description (GRP-1).
	 * @param weeks how many weekly sessions to list
	 * @param topics the topic of the session on a day, or null when it has none
	 */
	public static String of(UUID groupId, String name, String location, DayOfWeek weekday, LocalTime startsAt,
			int minutes, LocalDate from, int weeks, Instant now, Function<LocalDate, Topic> topics) {
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//PAIP Manager//Group sessions//EN");
		line(ics, "CALSCALE:GREGORIAN");
		line(ics, "X-WR-CALNAME:" + text(name));
		LocalDate day = from.with(TemporalAdjusters.nextOrSame(weekday));
		for (int week = 0; week < weeks; week++, day = day.plusWeeks(1)) {
			Instant start = day.atTime(startsAt).atZone(ProgramZone.ZONE).toInstant();
			line(ics, "BEGIN:VEVENT");
			line(ics, "UID:" + groupId + "-" + day + "@paipmanager");
			line(ics, "DTSTAMP:" + UTC_STAMP.format(now));
			line(ics, "DTSTART:" + UTC_STAMP.format(start));
			line(ics, "DTEND:" + UTC_STAMP.format(start.plusSeconds(minutes * 60L)));
			Topic topic = topics.apply(day);
			line(ics, "SUMMARY:" + text((topic != null) ? name + ": " + topic.title() : name));
			if (topic != null) {
				line(ics, "DESCRIPTION:" + text(topic.description()));
			}
			line(ics, "LOCATION:" + text(location));
			line(ics, "END:VEVENT");
		}
		line(ics, "END:VCALENDAR");
		return ics.toString();
	}

	/** RFC 5545 3.3.11: backslash, semicolon, comma and newline are escaped. */
	static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n");
	}

	/** RFC 5545 3.1: lines end in CRLF and are folded at 75 octets. */
	static void line(StringBuilder ics, String content) {
		byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
		int start = 0;
		boolean first = true;
		while (start < bytes.length) {
			int limit = first ? 75 : 74;
			int end = Math.min(bytes.length, start + limit);
			// Never split a UTF-8 sequence.
			while (end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
				end--;
			}
			if (!first) {
				ics.append(' ');
			}
			ics.append(new String(bytes, start, end - start, StandardCharsets.UTF_8)).append("\r\n");
			start = end;
			first = false;
		}
		if (bytes.length == 0) {
			ics.append("\r\n");
		}
	}

}
