package org.paipmanager.statistics.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The period of a statistics page, both days included. */
record PeriodForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

	/** The period with a missing day filled in: the year so far, up to today. */
	PeriodForm withDefaults(LocalDate today) {
		return new PeriodForm((this.from != null) ? this.from : today.withDayOfYear(1),
				(this.to != null) ? this.to : today);
	}

}
