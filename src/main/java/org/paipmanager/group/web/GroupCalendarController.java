package org.paipmanager.group.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.paipmanager.shared.ProgramZone;
import org.paipmanager.group.GroupManagement;
import org.paipmanager.group.ScheduledSession;
import org.paipmanager.group.domain.SessionCalendar;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every group's sessions in one month (GRP-1), a table per week from Sunday to Saturday,
 * each session with its time, place, facilitators and topic.
 */
@Controller
@RequestMapping("/groups/calendar")
class GroupCalendarController {

	private final GroupManagement groups;

	private final MessageSource messages;

	private final Clock clock;

	GroupCalendarController(GroupManagement groups, MessageSource messages, Clock clock) {
		this.groups = groups;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String month(@RequestParam(required = false) String month, Model model, Locale locale) {
		YearMonth shown = parse(month);
		List<ScheduledSession> sessions = this.groups.sessionsIn(shown);
		List<Week> weeks = new ArrayList<>();
		for (LocalDate sunday = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)); !sunday
			.isAfter(shown.atEndOfMonth()); sunday = sunday.plusWeeks(1)) {
			LocalDate from = sunday.isBefore(shown.atDay(1)) ? shown.atDay(1) : sunday;
			LocalDate to = sunday.plusDays(6).isAfter(shown.atEndOfMonth()) ? shown.atEndOfMonth() : sunday.plusDays(6);
			weeks.add(new Week(from, to,
					sessions.stream().filter((s) -> !s.day().isBefore(from) && !s.day().isAfter(to)).toList()));
		}
		model.addAttribute("month", shown);
		model.addAttribute("monthName",
				DateTimeFormatter.ofPattern(this.messages.getMessage("calendar.monthFormat", null, locale), locale)
					.format(shown));
		model.addAttribute("dayFormat",
				DateTimeFormatter.ofPattern(this.messages.getMessage("calendar.dayFormat", null, locale), locale));
		model.addAttribute("previous", shown.minusMonths(1));
		model.addAttribute("next", shown.plusMonths(1));
		model.addAttribute("weeks", weeks);
		model.addAttribute("sessionCount", sessions.size());
		return "group/calendar";
	}

	private YearMonth parse(String month) {
		if (month == null || month.isBlank()) {
			return YearMonth.now(this.clock.withZone(ProgramZone.ZONE));
		}
		try {
			return YearMonth.parse(month.strip());
		}
		catch (DateTimeParseException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "month must be yyyy-MM");
		}
	}

	/** The days of one week that fall in the month, and their sessions. */
	record Week(LocalDate from, LocalDate to, List<ScheduledSession> sessions) {

		Week {
			sessions = List.copyOf(sessions);
		}

	}

}
