package org.paipmanager.departmentnotice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.shared.ProgramZone;
import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.departmentnotice.domain.NotificationDeadline;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.RecordNotFoundException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The current agency's notifications of program and staff changes to the Department
 * (501.70(a)(2), PRG-4): each due 30 days after its change, overdue after that until it
 * is marked sent with the day and the method.
 */
@Service
@Validated
public class DepartmentNotifications {

	static final String RECORD_TYPE = "department_notification";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	DepartmentNotifications(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Every notification, those not sent first by deadline, then those sent, newest
	 * first.
	 */
	@PreAuthorize("hasAuthority('DEPARTMENT_NOTIFICATIONS')")
	@Transactional(readOnly = true)
	public List<DepartmentNotification> queue() {
		LocalDate today = today();
		return this.jdbc.sql("""
				select id, kind, subject_id, subject, detail, changed_on, due_on, sent_on, sent_method,
				       sent_by_username, version
				from department_notification where agency_id = current_agency_id()
				order by (sent_on is not null), case when sent_on is null then due_on end, sent_on desc, created_at""")
			.query((rs, row) -> notification(rs, today))
			.list();
	}

	/** One notification. */
	@PreAuthorize("hasAuthority('DEPARTMENT_NOTIFICATIONS')")
	@Transactional(readOnly = true)
	public DepartmentNotification get(UUID id) {
		return find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
	}

	/**
	 * Records that the notification was sent to the Department.
	 * @throws NotificationRefused when it was marked sent already, or the day is before
	 * the change
	 * @throws OptimisticLockingFailureException when it changed after the version read
	 */
	@PreAuthorize("hasAuthority('DEPARTMENT_NOTIFICATIONS')")
	@Transactional
	public DepartmentNotification markSent(UUID id, @Valid MarkSentCommand sent) {
		DepartmentNotification current = get(id);
		if (current.version() != sent.version()) {
			throw new OptimisticLockingFailureException("Department notification " + id + " changed");
		}
		if (current.sentOn() != null) {
			throw new NotificationRefused("*", "departmentnotice.alreadySent");
		}
		int updated = this.jdbc.sql("""
				update department_notification set sent_on = ?, sent_method = ?, sent_by_username = ?,
				    version = version + 1
				where id = ? and version = ? and sent_on is null and agency_id = current_agency_id()""")
			.params(sent.sentOn(), sent.method().name(), CurrentActor.require().username(), id, sent.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Department notification " + id + " changed");
		}
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, id.toString(),
				"501.70(a)(2) sent " + sent.sentOn() + " by " + sent.method());
		return get(id);
	}

	/**
	 * Raises a notification for a change; called from the change's own transaction.
	 */
	void raise(ChangeKind kind, UUID subjectId, String subject, String detail, LocalDate changedOn) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into department_notification (id, agency_id, kind, subject_id, subject, detail, changed_on,
				    due_on, created_at, version)
				values (?, current_agency_id(), ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(id, kind.name(), subjectId, subject, detail, changedOn, NotificationDeadline.dueOn(changedOn),
					Timestamp.from(Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS)))
			.update();
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, id.toString(), "501.70(a)(2) " + kind + " of " + changedOn);
	}

	private Optional<DepartmentNotification> find(UUID id) {
		LocalDate today = today();
		return this.jdbc.sql("""
				select id, kind, subject_id, subject, detail, changed_on, due_on, sent_on, sent_method,
				       sent_by_username, version
				from department_notification where id = ? and agency_id = current_agency_id()""")
			.param(id)
			.query((rs, row) -> notification(rs, today))
			.optional();
	}

	private static DepartmentNotification notification(java.sql.ResultSet rs, LocalDate today)
			throws java.sql.SQLException {
		LocalDate due = rs.getObject("due_on", LocalDate.class);
		LocalDate sentOn = rs.getObject("sent_on", LocalDate.class);
		String method = rs.getString("sent_method");
		return new DepartmentNotification(rs.getObject("id", UUID.class), ChangeKind.valueOf(rs.getString("kind")),
				rs.getObject("subject_id", UUID.class), rs.getString("subject"), rs.getString("detail"),
				rs.getObject("changed_on", LocalDate.class), due, NotificationDeadline.status(due, sentOn, today),
				ChronoUnit.DAYS.between(today, due), sentOn, (method != null) ? SendingMethod.valueOf(method) : null,
				rs.getString("sent_by_username"), rs.getLong("version"));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ProgramZone.ZONE));
	}

}
