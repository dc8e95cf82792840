package org.paipmanager.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * A module whose dates staff are reminded of by email: 30 and 7 days before and once
 * overdue, to the program director(s) and the person a reminder names. The staff module
 * sends them (one run per agency at a time across nodes, once per item and threshold);
 * each module says only what is due.
 */
public interface ReminderSource {

	/**
	 * Names the source in the record of what was sent and in the audit log, e.g.
	 * {@code "staff"}.
	 */
	String name();

	/**
	 * The message keys' prefix of its mails: {@code <prefix>.subject.<THRESHOLD>} (about,
	 * what, section), {@code <prefix>.body.intro} (about, today),
	 * {@code <prefix>.body.link} (address) and {@code <prefix>.body.footer}.
	 */
	String messages();

	/**
	 * What the current agency's records have due or overdue on {@code today}, pending or
	 * not: the sender keeps those that reached a threshold.
	 */
	List<Reminder> reminders(LocalDate today);

}
