package org.paipmanager.shared;

import java.time.LocalDate;

import org.springframework.context.MessageSourceResolvable;

/**
 * One dated thing a {@link ReminderSource} reminds of. Names staff or program records
 * only, never a participant or victim.
 *
 * @param recordId the record it is about, for the audit log
 * @param topic what kind of deadline, for the audit log (e.g. {@code LICENCE})
 * @param key identifies the item and its deadline within the source: a reminder goes out
 * once per key and threshold, and a new deadline starts afresh
 * @param dueOn the deadline; null when nothing is pending
 * @param overdue the requirement is not met or the deadline passed
 * @param section the rule section behind the deadline
 * @param about whom or what it names in the subject (a person, an agreement number)
 * @param what the kind of deadline as text
 * @param detail the finding as text
 * @param path the page where it is dealt with, from the application's root
 * @param recipient an address to send it to besides the directors, or null
 */
public record Reminder(String recordId, String topic, String key, LocalDate dueOn, boolean overdue, String section,
		String about, MessageSourceResolvable what, MessageSourceResolvable detail, String path, String recipient) {
}
