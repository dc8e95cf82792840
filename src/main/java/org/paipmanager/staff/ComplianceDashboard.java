package org.paipmanager.staff;

import java.time.LocalDate;
import java.util.List;

import org.paipmanager.shared.StaffId;
import org.paipmanager.staff.domain.ComplianceFinding;
import org.paipmanager.staff.domain.ComplianceFinding.Check;

/**
 * The agency's staff compliance on {@code asOf}: what is overdue and what falls due
 * within {@code withinDays} (30, 60 or 90), per staff member, and the same counted per
 * rule. Active staff only.
 */
public record ComplianceDashboard(LocalDate asOf, int withinDays, List<Row> overdue, List<Row> due,
		List<RuleCount> byRule) {

	public ComplianceDashboard {
		overdue = List.copyOf(overdue);
		due = List.copyOf(due);
		byRule = List.copyOf(byRule);
	}

	/** One finding of one staff member, with its rule section and deadline. */
	public record Row(StaffId staffId, String name, String jobTitle, Check check, String section,
			ComplianceFinding.Outcome outcome, LocalDate dueOn, long daysLeft, String messageKey,
			List<Object> arguments) {

		public Row {
			arguments = List.copyOf(arguments);
		}

	}

	/** How many findings of a rule are overdue and due within the window. */
	public record RuleCount(Check check, String section, long overdue, long due) {
	}

}
