package org.paipmanager.staff;

import java.time.LocalDate;

import org.paipmanager.shared.StaffId;
import org.paipmanager.staff.domain.ComplianceFinding.Outcome;

/**
 * A row of the staff list, with the worst outcome of the member's compliance checks.
 */
public record StaffSummary(StaffId id, String firstName, String lastName, String jobTitle, LocalDate hireDate,
		boolean active, Outcome compliance) {
}
