package org.paipmanager.program;

import java.time.LocalDate;
import java.util.List;

import org.paipmanager.shared.Reminder;
import org.paipmanager.shared.ReminderSource;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The program's dates as email reminders to the director(s): protocol renewal, grievance
 * filing and response, the continuation plan's review, innovation evaluations and grant
 * quarterly documentation (PRG-6, PRG-8, PRG-9, PRG-10), each with its section. Program
 * records only.
 */
@Component
class ProgramReminders implements ReminderSource {

	private final ProgramManagement program;

	ProgramReminders(ProgramManagement program) {
		this.program = program;
	}

	@Override
	public String name() {
		return "program";
	}

	@Override
	public String messages() {
		return "program.reminder";
	}

	@Override
	public List<Reminder> reminders(LocalDate today) {
		return this.program.all(today).stream().map(ProgramReminders::reminder).toList();
	}

	private static Reminder reminder(DueItem item) {
		MessageSourceResolvable what = new DefaultMessageSourceResolvable("program.due.kind." + item.kind());
		return new Reminder(item.link(), item.kind().name(),
				item.kind() + "|" + item.link() + "|" + item.subject() + "|" + item.dueOn(), item.dueOn(),
				item.overdue(), item.section(), item.subject(), what,
				new DefaultMessageSourceResolvable(new String[] { "program.reminder.detail" },
						new Object[] { what, item.subject(), item.dueOn().toString() }),
				item.link(), null);
	}

}
