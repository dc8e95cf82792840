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
import org.paipmanager.staff.domain.ComplianceCalendar;
import org.paipmanager.staff.domain.ComplianceCalendar.Threshold;
import org.paipmanager.staff.domain.ComplianceFinding;

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
 * Email reminders of staff-compliance deadlines (PRG-1..PRG-3): 30 and 7 days before a
 * deadline and once it is overdue, to the staff member and the program director(s). Each
 * finding, deadline and threshold is reminded of once: the sending is recorded in
 * {@code staff_reminder} before the message leaves, and the record is removed again if
 * the mail server refuses it. The text names staff, the rule and its section, and links
 * to the staff record; never a participant or victim. Off when no mail host is configured
 * ({@code spring.mail.host}).
 */
@Service
class ComplianceReminders {

	private static final Logger log = LoggerFactory.getLogger(ComplianceReminders.class);

	private final StaffManagement staff;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final MessageSource messages;

	private final ObjectProvider<JavaMailSender> mail;

	private final Clock clock;

	private final String from;

	private final String baseUrl;

	private final Locale locale;

	ComplianceReminders(StaffManagement staff, JdbcClient jdbc, AuditLog audit, MessageSource messages,
			ObjectProvider<JavaMailSender> mail, Clock clock,
			@Value("${paip.staff.reminders.from:paip-manager@localhost}") String from,
			@Value("${paip.staff.reminders.base-url:http://localhost:8080}") String baseUrl,
			@Value("${paip.staff.reminders.locale:en}") Locale locale) {
		this.staff = staff;
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
	 * Sends the reminders due today in the current agency. Runs at most once at a time
	 * per agency across application nodes: it holds a transaction-scoped PostgreSQL
	 * advisory lock and returns 0 at once when another run holds it.
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
		for (StaffManagement.Assessed person : this.staff.assessActive(today)) {
			for (ComplianceFinding finding : person.findings()) {
				Optional<Threshold> threshold = ComplianceCalendar.threshold(finding, today);
				if (threshold.isEmpty()) {
					continue;
				}
				Set<String> recipients = new LinkedHashSet<>();
				if (person.email() != null) {
					recipients.add(person.email());
				}
				recipients.addAll(directors);
				if (recipients.isEmpty() || !claim(person, finding, threshold.get(), recipients.size())) {
					continue;
				}
				try {
					sender.send(message(person, finding, threshold.get(), today, new ArrayList<>(recipients)));
				}
				catch (MailException ex) {
					// Not sent: release the claim so that the next run tries again, and
					// stop
					// for this agency while the server refuses.
					unclaim(person, finding, threshold.get());
					log.warn("Staff compliance reminders stopped: the mail server refused a message ({})",
							ex.getClass().getSimpleName());
					return sent;
				}
				this.audit.record(AuditAction.CREATE, "staff_reminder", person.id().toString(), finding.section() + " "
						+ finding.check() + " " + threshold.get() + " to " + recipients.size() + " recipients");
				sent++;
			}
		}
		return sent;
	}

	private boolean claim(StaffManagement.Assessed person, ComplianceFinding finding, Threshold threshold,
			int recipients) {
		return this.jdbc.sql("""
				insert into staff_reminder (agency_id, staff_id, item_key, threshold, sent_at, recipients)
				values (current_agency_id(), ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(person.id().value(), finding.key(), threshold.name(),
					Timestamp.from(Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS)), recipients)
			.update() == 1;
	}

	private void unclaim(StaffManagement.Assessed person, ComplianceFinding finding, Threshold threshold) {
		this.jdbc.sql("""
				delete from staff_reminder where agency_id = current_agency_id() and staff_id = ? and item_key = ?
				  and threshold = ?""").params(person.id().value(), finding.key(), threshold.name()).update();
	}

	private SimpleMailMessage message(StaffManagement.Assessed person, ComplianceFinding finding, Threshold threshold,
			LocalDate today, List<String> recipients) {
		String check = text("compliance.check." + finding.check());
		String finding1 = text(finding.messageKey(), finding.arguments().toArray());
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(recipients.get(0));
		if (recipients.size() > 1) {
			message.setCc(recipients.subList(1, recipients.size()).toArray(String[]::new));
		}
		message.setSubject(text("reminder.subject." + threshold, person.name(), check, finding.section()));
		String due = (finding.dueOn() != null) ? finding.dueOn().toString() : text("reminder.noDate");
		message.setText(String.join("\n\n", text("reminder.body.intro", person.name(), today.toString()), finding1,
				text("reminder.body.rule", finding.section(), due, text("reminder.when." + threshold)),
				text("reminder.body.link", this.baseUrl + "/staff/" + person.id()), text("reminder.body.footer")));
		return message;
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

}
