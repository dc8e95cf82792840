package org.paipmanager.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.paipmanager.shared.Reminder;
import org.paipmanager.shared.ReminderSource;
import org.paipmanager.staff.domain.ComplianceFinding;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The staff-compliance findings of every active staff member as reminders (PRG-1..PRG-3),
 * to the staff member and the director(s).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StaffReminders implements ReminderSource {

	private final StaffManagement staff;

	StaffReminders(StaffManagement staff) {
		this.staff = staff;
	}

	@Override
	public String name() {
		return "staff";
	}

	@Override
	public String messages() {
		return "reminder";
	}

	@Override
	public List<Reminder> reminders(LocalDate today) {
		List<Reminder> reminders = new ArrayList<>();
		for (StaffManagement.Assessed person : this.staff.assessActive(today)) {
			for (ComplianceFinding finding : person.findings()) {
				reminders.add(new Reminder(person.id().toString(), finding.check().name(),
						person.id() + "|" + finding.key(), finding.dueOn(), finding.overdue(), finding.section(),
						person.name(), new DefaultMessageSourceResolvable("compliance.check." + finding.check()),
						new DefaultMessageSourceResolvable(new String[] { finding.messageKey() },
								finding.arguments().toArray()),
						"/staff/" + person.id(), person.email()));
			}
		}
		return reminders;
	}

}
