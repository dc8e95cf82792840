package org.paipmanager.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.shared.Reminder;
import org.paipmanager.shared.ReminderSource;
import org.paipmanager.staff.domain.ComplianceCalendar;
import org.paipmanager.staff.domain.ComplianceCalendar.Threshold;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Email reminders of the deadlines every {@link ReminderSource} reports: the
 * staff-compliance findings (PRG-1..PRG-3) and the program's dates towards the Department
 * (PRG-6, PRG-8..PRG-10). 30 and 7 days before a deadline and once it is overdue, to the
 * program director(s) and the person a reminder names. Each item, deadline and threshold
 * is reminded of once: the sending is recorded in {@code reminder_sent} before the
 * message leaves, and the record is removed again if the mail server refuses it. The text
 * names staff or program records, the rule and its section, and links to the page; never
 * a participant or victim. Off when no mail host is configured
 * ({@code spring.mail.host}).
 */
@Service
class ComplianceReminders {

	private static final Logger log = LoggerFactory.getLogger(ComplianceReminders.class);

	private final List<ReminderSource> sources;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final MessageSource messages;

	private final ObjectProvider<JavaMailSender> mail;

	private final Clock clock;

	private final String from;

	private final String baseUrl;

	private final Locale locale;

	ComplianceReminders(List<ReminderSource> sources, JdbcClient jdbc, AuditLog audit, MessageSource messages,
			ObjectProvider<JavaMailSender> mail, Clock clock,
			@Value("${paip.staff.reminders.from:paip-manager@localhost}") String from,
			@Value("${paip.staff.reminders.base-url:http://localhost:8080}") String baseUrl,
			@Value("${paip.staff.reminders.locale:en}") Locale locale) {
		this.sources = List.copyOf(sources);
		this.jdbc = jdbc;
		this.audit = audit;
		this.messages = messages;
		this.mail = mail;
		this.clock = clock;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.locale = locale;
	}

	/** Whether a mail server is configured. */
	boolean enabled() {
		return this.mail.getIfAvailable() != null;
	}

	/**
	 * Sends the reminders due today in the current agency, of every source. Runs at most
	 * once at a time per agency across application nodes: it holds a transaction-scoped
	 * PostgreSQL advisory lock and returns 0 at once when another run holds it.
	 * @return the number of messages sent
	 */
	@PreAuthorize("hasAuthority('STAFF_WRITE')")
	@Transactional
	public int sendDue(LocalDate today) {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		Boolean locked = this.jdbc
			.sql("select pg_try_advisory_xact_lock(hashtextextended('staff-reminders:' || current_agency_id(), 0))")
			.query(Boolean.class)
			.single();
		if (!Boolean.TRUE.equals(locked)) {
			return 0;
		}
		List<String> directors = this.jdbc.sql("""
				select distinct s.email from staff s join staff_account a on a.staff_id = s.id
				where s.agency_id = current_agency_id() and a.agency_id = current_agency_id() and a.enabled
				  and s.active and s.email is not null and 'PROGRAM_DIRECTOR' = any(a.roles)
				order by s.email""").query(String.class).list();
		int sent = 0;
		for (ReminderSource source : this.sources) {
			for (Reminder reminder : source.reminders(today)) {
				Optional<Threshold> threshold = ComplianceCalendar.threshold(reminder.dueOn(), reminder.overdue(),
						today);
				if (threshold.isEmpty()) {
					continue;
				}
				Set<String> recipients = new LinkedHashSet<>();
				if (reminder.recipient() != null) {
					recipients.add(reminder.recipient());
				}
				recipients.addAll(directors);
				if (recipients.isEmpty() || !claim(source, reminder, threshold.get(), recipients.size())) {
					continue;
				}
				try {
					sender.send(message(source, reminder, threshold.get(), today, new ArrayList<>(recipients)));
				}
				catch (MailException ex) {
					// Not sent: release the claim so that the next run tries again, and
					// stop for this agency while the server refuses.
					unclaim(source, reminder, threshold.get());
					log.warn("Reminders stopped: the mail server refused a message ({})",
							ex.getClass().getSimpleName());
					return sent;
				}
				this.audit.record(AuditAction.CREATE, source.name() + "_reminder", reminder.recordId(),
						reminder.section() + " " + reminder.topic() + " " + threshold.get() + " to " + recipients.size()
								+ " recipients");
				sent++;
			}
		}
		return sent;
	}

	private boolean claim(ReminderSource source, Reminder reminder, Threshold threshold, int recipients) {
		return this.jdbc.sql("""
				insert into reminder_sent (agency_id, source, item_key, threshold, sent_at, recipients)
				values (current_agency_id(), ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(source.name(), reminder.key(), threshold.name(),
					Timestamp.from(Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS)), recipients)
			.update() == 1;
	}

	private void unclaim(ReminderSource source, Reminder reminder, Threshold threshold) {
		this.jdbc.sql("""
				delete from reminder_sent where agency_id = current_agency_id() and source = ? and item_key = ?
				  and threshold = ?""").params(source.name(), reminder.key(), threshold.name()).update();
	}

	private SimpleMailMessage message(ReminderSource source, Reminder reminder, Threshold threshold, LocalDate today,
			List<String> recipients) {
		String prefix = source.messages();
		String what = this.messages.getMessage(reminder.what(), this.locale);
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(recipients.get(0));
		if (recipients.size() > 1) {
			message.setCc(recipients.subList(1, recipients.size()).toArray(String[]::new));
		}
		message.setSubject(text(prefix + ".subject." + threshold, reminder.about(), what, reminder.section()));
		String due = (reminder.dueOn() != null) ? reminder.dueOn().toString() : text("reminder.noDate");
		message.setText(String.join("\n\n", text(prefix + ".body.intro", reminder.about(), today.toString()),
				this.messages.getMessage(reminder.detail(), this.locale),
				text("reminder.body.rule", reminder.section(), due, text("reminder.when." + threshold)),
				text(prefix + ".body.link", this.baseUrl + reminder.path()), text(prefix + ".body.footer")));
		return message;
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

}
