package org.paipmanager.program;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.paipmanager.shared.ProgramZone;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Today in Illinois by the application clock, and the version check every change of a
 * program record makes.
 */
@Component
class ProgramDates {

	private final Clock clock;

	ProgramDates(Clock clock) {
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(ProgramZone.ZONE));
	}

	Timestamp now() {
		return Timestamp.from(Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS));
	}

	/** Refuses a day after today under {@code field}. */
	void notInFuture(LocalDate day, String field, Map<String, String> problems) {
		if (day != null && day.isAfter(today())) {
			problems.putIfAbsent(field, "program.date.future");
		}
	}

	/**
	 * Checks that an update made "where version = ?" found the record at that version.
	 * @throws OptimisticLockingFailureException when it changed since
	 */
	static void expectUpdated(int updated, String recordType, UUID id, long version) {
		if (updated == 0) {
			throw new OptimisticLockingFailureException(recordType + " " + id + " changed since version " + version);
		}
	}

}
