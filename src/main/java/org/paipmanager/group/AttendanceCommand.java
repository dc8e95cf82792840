package org.paipmanager.group;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * The attendance of a whole group at one session (GRP-4): one line per participant in the
 * group that day.
 *
 * @param version the session's version when the sheet was read; null for a first record
 */
public record AttendanceCommand(@NotNull(message = "{validation.required}") @PastOrPresent(
		message = "{validation.notInFuture}") LocalDate heldOn, Long version, @Valid List<Line> lines) {

	public AttendanceCommand {
		lines = (lines != null) ? List.copyOf(lines) : List.of();
	}

	/** One participant's line on the sheet. */
	public record Line(@NotNull(message = "{validation.required}") UUID participantId, String name,
			@NotNull(message = "{attendance.error.status}") AttendanceStatus status,
			@NotNull(message = "{attendance.error.hours}") BigDecimal hours, Boolean homeworkDone,
			@Size(max = 2000, message = "{validation.tooLong}") String progressNote) {

		public Line {
			homeworkDone = Boolean.TRUE.equals(homeworkDone);
		}

	}

}
