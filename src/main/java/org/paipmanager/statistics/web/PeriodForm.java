package org.paipmanager.statistics.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The period of a statistics page, both days included. Mutable so that the days left out
 * are filled in on the very object the request was bound to, with its binding errors.
 */
class PeriodForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	/** Fills in a missing day: the year so far, up to today. */
	PeriodForm withDefaults(LocalDate today) {
		if (this.from == null) {
			this.from = today.withDayOfYear(1);
		}
		if (this.to == null) {
			this.to = today;
		}
		return this;
	}

	LocalDate from() {
		return this.from;
	}

	LocalDate to() {
		return this.to;
	}

}
