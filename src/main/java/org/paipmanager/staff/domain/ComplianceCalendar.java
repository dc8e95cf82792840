package org.paipmanager.staff.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What of the staff-compliance findings the dashboard and the reminders show on a day:
 * the overdue, the due within a window of 30, 60 or 90 days, and the reminder threshold a
 * finding has reached. Pure: the caller supplies today's date.
 */
public final class ComplianceCalendar {

	/** The windows the dashboard offers. */
	public static final Set<Integer> WINDOWS = Set.of(30, 60, 90);

	private ComplianceCalendar() {
	}

	/** When a reminder goes out: 30 and 7 days before a deadline, and once overdue. */
	public enum Threshold {

		DAYS_30, DAYS_7, OVERDUE

	}

	/** Overdue findings. */
	public static List<ComplianceFinding> overdue(List<ComplianceFinding> findings) {
		return findings.stream().filter(ComplianceFinding::overdue).toList();
	}

	/**
	 * Findings with a deadline from today to {@code today + days}, not yet overdue.
	 */
	public static List<ComplianceFinding> dueWithin(List<ComplianceFinding> findings, LocalDate today, int days) {
		LocalDate until = today.plusDays(days);
		return findings.stream()
			.filter(ComplianceFinding::pending)
			.filter((finding) -> !finding.dueOn().isBefore(today) && !finding.dueOn().isAfter(until))
			.toList();
	}

	/** Days from today to the deadline; negative when it passed. */
	public static long daysLeft(ComplianceFinding finding, LocalDate today) {
		return (finding.dueOn() != null) ? ChronoUnit.DAYS.between(today, finding.dueOn()) : 0;
	}

	/**
	 * The latest reminder threshold the finding has reached today, if any: overdue, then
	 * 7 days before, then 30 days before the deadline. A run that finds a deadline 5 days
	 * away sends the 7-day reminder only.
	 */
	public static Optional<Threshold> threshold(ComplianceFinding finding, LocalDate today) {
		return threshold(finding.dueOn(), finding.overdue(), today);
	}

	/**
	 * The same for any deadline: overdue, else by the days left to {@code dueOn}; none
	 * when nothing is pending ({@code dueOn} null).
	 */
	public static Optional<Threshold> threshold(LocalDate dueOn, boolean overdue, LocalDate today) {
		if (overdue) {
			return Optional.of(Threshold.OVERDUE);
		}
		if (dueOn == null) {
			return Optional.empty();
		}
		long days = ChronoUnit.DAYS.between(today, dueOn);
		if (days <= 7) {
			return Optional.of(Threshold.DAYS_7);
		}
		if (days <= 30) {
			return Optional.of(Threshold.DAYS_30);
		}
		return Optional.empty();
	}

}
