package org.paipmanager.compliance;

import java.time.Instant;
import java.time.LocalDate;

/** One approved version of a written policy, kept when a newer one follows. */
public record PolicyVersion(int number, String title, String text, LocalDate effectiveOn, String approvedBy,
		Instant approvedAt) {
}
