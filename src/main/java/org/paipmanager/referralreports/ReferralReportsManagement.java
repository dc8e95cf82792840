package org.paipmanager.referralreports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.completion.ProgramEnded;
import org.paipmanager.consent.ConsentManagement;
import org.paipmanager.consent.DisclosingInformation;
import org.paipmanager.consent.DisclosureReceipt;
import org.paipmanager.consent.DisclosureRefused;
import org.paipmanager.consent.DisclosureRequest;
import org.paipmanager.consent.InformationCategory;
import org.paipmanager.consent.ReleaseId;
import org.paipmanager.consent.ReleasePurpose;
import org.paipmanager.consent.ReleaseRecipient;
import org.paipmanager.group.AttendanceCommand;
import org.paipmanager.group.AttendanceStatus;
import org.paipmanager.group.RecordingAttendance;
import org.paipmanager.group.SessionAttendanceRecorded;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.referralreports.domain.NoticeDeadline;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.RecordNotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reports to referral sources (OUT-3, 501.230(b), 501.155): the monthly report on each
 * participant in the program, written once and kept as sent, and sent only through the
 * disclosure service under the release in force for the referral source (CON-2). A report
 * no release covers is held on file with the reason in its delivery log. A month's
 * reports for everyone in the program are written by a background batch whose progress
 * can be polled; a failure on one participant is recorded against it and the batch goes
 * on. Every read and write is audited.
 */
@Service
public class ReferralReportsManagement {

	static final String RECORD_TYPE = "referral-report";

	/** What a monthly report discloses (501.210(b), 501.230(b)). */
	static final Set<InformationCategory> CATEGORIES = EnumSet.of(InformationCategory.ATTENDANCE_AND_COMPLIANCE,
			InformationCategory.PROGRESS_AND_FINAL_REPORTS);

	static final String NO_RELEASE = "referralReports.held.noRelease";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final ParticipantManagement participants;

	private final MonthlyReports monthly;

	private final ReportPdfRenderer pdf;

	private final ConsentManagement consent;

	private final DisclosingInformation disclosures;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final RecordingAttendance attendance;

	private final ExecutorService batches = Executors.newSingleThreadExecutor();

	ReferralReportsManagement(JdbcClient jdbc, AuditLog audit, ParticipantManagement participants,
			MonthlyReports monthly, ReportPdfRenderer pdf, ConsentManagement consent, DisclosingInformation disclosures,
			PlatformTransactionManager transactionManager, Clock clock, RecordingAttendance attendance) {
		this.attendance = attendance;
		this.jdbc = jdbc;
		this.audit = audit;
		this.participants = participants;
		this.monthly = monthly;
		this.pdf = pdf;
		this.consent = consent;
		this.disclosures = disclosures;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@PreDestroy
	void stop() {
		this.batches.shutdownNow();
	}

	/** What the monthly report on a participant says for that month (OUT-3). */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public MonthlyFigures figures(ParticipantId participant, YearMonth month) {
		return this.monthly.figures(this.participants.get(participant), month);
	}

	/**
	 * Writes the monthly report on one participant and sends it to the referral source if
	 * a release covers it; otherwise it is held on file.
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	@Transactional
	public UUID generateMonthly(ParticipantId participant, YearMonth month) {
		return write(participant, month, null);
	}

	/**
	 * Starts writing the month's reports on everyone in the program (enrolled, including
	 * extended time, 501.160(b)) in the background.
	 * @return the batch, whose progress {@link #batch} tells
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	public UUID startBatch(YearMonth month) {
		Actor actor = CurrentActor.require();
		List<ParticipantId> inProgram = this.participants.list(ProgramStage.ENROLLED)
			.stream()
			.map(ParticipantDetails::id)
			.toList();
		UUID batch = UUID.randomUUID();
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("""
					insert into referral_report_batch (id, agency_id, month, total, started_at, started_by_username)
					values (?, ?, ?, ?, ?, ?)""")
				.params(batch, actor.agencyId().value(), month.atDay(1), inProgram.size(), now(), actor.username())
				.update();
			this.audit.record(AuditAction.CREATE, RECORD_TYPE + "-batch", batch.toString(),
					"month=" + month + ", participants=" + inProgram.size());
		});
		SecurityContext security = SecurityContextHolder.getContext();
		this.batches.execute(() -> {
			SecurityContextHolder.setContext(security);
			try {
				CurrentActor.runAs(actor, () -> inProgram.forEach((id) -> writeInBatch(batch, id, month)));
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		});
		return batch;
	}

	private void writeInBatch(UUID batch, ParticipantId participant, YearMonth month) {
		try {
			this.transactions.executeWithoutResult((status) -> {
				UUID report = write(participant, month, batch);
				batchItem(batch, participant, report, null);
			});
		}
		catch (RuntimeException ex) {
			// One participant's failure is recorded against it; the batch goes on.
			String failure = ex.getClass().getSimpleName();
			this.transactions.executeWithoutResult((status) -> batchItem(batch, participant, null, failure));
		}
	}

	private void batchItem(UUID batch, ParticipantId participant, UUID report, String failure) {
		this.jdbc.sql("""
				insert into referral_report_batch_item (batch_id, agency_id, participant_id, report_id, failure,
				    recorded_at) values (?, ?, ?, ?, ?, ?)""")
			.params(batch, CurrentActor.require().agencyId().value(), participant.value(), report, failure, now())
			.update();
	}

	/** How far a batch has come. */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional(readOnly = true)
	public BatchStatus batch(UUID batchId) {
		Map<String, Object> head = this.jdbc.sql("select month, total from referral_report_batch where id = ?")
			.param(batchId)
			.query((rs, row) -> Map.<String, Object>of("month", YearMonth.from(rs.getObject(1, LocalDate.class)),
					"total", rs.getInt(2)))
			.optional()
			.orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE + "-batch", batchId));
		List<BatchStatus.Item> items = this.jdbc.sql("""
				select i.participant_id, p.first_name || ' ' || p.last_name, i.report_id, i.failure,
				    exists (select 1 from referral_report_delivery d where d.report_id = i.report_id
				        and d.outcome = 'SENT')
				from referral_report_batch_item i join participant p on p.id = i.participant_id
				where i.batch_id = ? order by p.last_name, p.first_name""")
			.param(batchId)
			.query((rs, row) -> new BatchStatus.Item(new ParticipantId(rs.getObject(1, UUID.class)), rs.getString(2),
					rs.getObject(3, UUID.class), rs.getBoolean(5), rs.getString(4)))
			.list();
		return new BatchStatus(batchId, (YearMonth) head.get("month"), (Integer) head.get("total"), items);
	}

	/** The month's reports, by participant. */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public List<ReportListing> reports(YearMonth month) {
		List<ReportListing> found = this.jdbc.sql("""
				select r.id, r.participant_id, p.first_name || ' ' || p.last_name, r.month, r.recipient, r.created_at,
				    (select min(d.recorded_at) from referral_report_delivery d
				     where d.report_id = r.id and d.outcome = 'SENT') as sent_at
				from referral_report r join participant p on p.id = r.participant_id
				where r.month = ? and r.kind = 'MONTHLY' order by p.last_name, p.first_name, r.created_at desc""")
			.param(month.atDay(1))
			.query(ReferralReportsManagement::listing)
			.list();
		this.audit.record(AuditAction.READ, RECORD_TYPE + "-list", null, "month=" + month + ", rows=" + found.size());
		return found;
	}

	/** Every report on one participant (monthly, final, notices), newest first. */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public List<ReportListing> reportsOn(ParticipantId participant) {
		List<ReportListing> found = this.jdbc.sql("""
				select r.id, r.participant_id, r.subject, r.month, r.recipient, r.created_at,
				    (select min(d.recorded_at) from referral_report_delivery d
				     where d.report_id = r.id and d.outcome = 'SENT') as sent_at
				from referral_report r where r.participant_id = ? order by r.created_at desc""")
			.param(participant.value())
			.query(ReferralReportsManagement::listing)
			.list();
		this.audit.record(AuditAction.READ, RECORD_TYPE + "-list", participant.toString(), "rows=" + found.size());
		return found;
	}

	/** One report as it was written, with its delivery log. */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public ReferralReport report(UUID reportId) {
		ReferralReport report = load(reportId);
		this.audit.record(AuditAction.READ, RECORD_TYPE, reportId.toString(),
				"participant=" + report.participantId() + ", page");
		return report;
	}

	/** One report as a PDF document (tagged, titled, in English). */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public byte[] reportPdf(UUID reportId) {
		ReferralReport report = load(reportId);
		this.audit.record(AuditAction.READ, RECORD_TYPE, reportId.toString(),
				"participant=" + report.participantId() + ", pdf");
		return this.pdf.render(report);
	}

	/**
	 * Sends a held report now that a release may cover it; a report already sent is not
	 * sent again.
	 * @return whether it was sent
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	@Transactional
	public boolean send(UUID reportId) {
		ReferralReport report = load(reportId);
		if (report.sent()) {
			return true;
		}
		if (report.withdrawn()) {
			// The attendance was corrected: there is nothing to report any more.
			return false;
		}
		return dispatch(report.participantId(), reportId, report.subject());
	}

	private UUID write(ParticipantId participantId, YearMonth month, UUID batch) {
		ParticipantDetails participant = this.participants.get(participantId);
		MonthlyFigures figures = this.monthly.figures(participant, month);
		String html = this.monthly.render(participant, figures, LocalDate.now(this.clock));
		return file(participantId, "MONTHLY", month, batch, this.monthly.subject(participant, month), html);
	}

	/**
	 * Writes the final report when the program ends (OUT-5, 501.115(b)(11)(I)), in the
	 * transaction of the completion or termination.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	UUID writeFinal(ProgramEnded ended) {
		ParticipantDetails participant = this.participants.get(ended.participantId());
		YearMonth month = YearMonth.from(ended.endedOn());
		MonthlyFigures figures = this.monthly.figures(participant, month);
		String html = this.monthly.renderFinal(participant, figures, LocalDate.now(this.clock), ended.outcome().name(),
				ended.endedOn(), (ended.reason() != null) ? ended.reason().messageKey() : null);
		return file(ended.participantId(), "FINAL", month, null, this.monthly.finalSubject(participant), html);
	}

	/**
	 * Records a noncompliance event and writes its notice to the referral source, sent at
	 * once if a release covers it, due within one business day otherwise (OUT-4,
	 * 501.230(b), 501.155). An order-of-protection violation records only that it was
	 * reported: no words, so no victim detail, go with it.
	 * @throws NoncomplianceRefused naming each field that is wrong; nothing is saved
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	@Transactional
	public UUID recordNoncompliance(ParticipantId participantId, NoncomplianceCommand command) {
		LocalDate today = LocalDate.now(this.clock);
		Map<String, String> problems = new LinkedHashMap<>();
		if (command.kind() == null) {
			problems.put("kind", "validation.required");
		}
		else if (command.kind() == NoncomplianceKind.TERMINATION) {
			problems.put("kind", "referralReports.noncompliance.terminationByEnding");
		}
		if (command.occurredOn() == null) {
			problems.put("occurredOn", "validation.required");
		}
		else if (command.occurredOn().isAfter(today)) {
			problems.put("occurredOn", "validation.notInFuture");
		}
		boolean ruleGiven = command.ruleViolated() != null && !command.ruleViolated().isBlank();
		if (command.kind() == NoncomplianceKind.RULE_VIOLATION && !ruleGiven) {
			problems.put("ruleViolated", "referralReports.noncompliance.ruleRequired");
		}
		else if (command.kind() != NoncomplianceKind.RULE_VIOLATION && ruleGiven) {
			problems.put("ruleViolated", "referralReports.noncompliance.ruleOnlyForRules");
		}
		else if (ruleGiven && command.ruleViolated().strip().length() > 500) {
			problems.put("ruleViolated", "validation.tooLong");
		}
		if (!problems.isEmpty()) {
			throw new NoncomplianceRefused(problems);
		}
		String rule = ruleGiven ? command.ruleViolated().strip() : null;
		return raise(participantId, command.kind(), command.occurredOn(), rule, null);
	}

	/**
	 * Raises the notices an attendance sheet calls for, as it now stands (OUT-4,
	 * 501.230(b), 501.155): one per participant absent or removed, dated the session's
	 * day and due the next business day after it was recorded. Saving the sheet again
	 * raises no second notice; a notice not yet sent is withdrawn when the sheet is
	 * corrected to attended (or excused), and stands again when corrected back. A notice
	 * already sent stays as sent.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void raiseFromAttendance(SessionAttendanceRecorded recorded) {
		// One session at a time, from the sheet as it now stands, whatever order the
		// events of successive corrections arrive in.
		this.jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
			.param("referral-notices:" + recorded.sessionId())
			.query((rs, row) -> 1)
			.list();
		Map<ParticipantId, NoncomplianceKind> called = new HashMap<>();
		for (AttendanceCommand.Line line : this.attendance.sheet(recorded.groupId(), recorded.heldOn()).lines()) {
			if (line.status() == AttendanceStatus.ABSENT) {
				called.put(new ParticipantId(line.participantId()), NoncomplianceKind.ABSENCE);
			}
			else if (line.status() == AttendanceStatus.REMOVED) {
				called.put(new ParticipantId(line.participantId()), NoncomplianceKind.REMOVED_FROM_SESSION);
			}
		}
		List<RaisedFromSession> raised = this.jdbc.sql("""
				select n.id, n.participant_id, n.kind, n.withdrawn_at is not null,
				    exists (select 1 from referral_report_delivery d where d.report_id = n.notice_id
				        and d.outcome = 'SENT')
				from referral_noncompliance n where n.session_id = ?""")
			.param(recorded.sessionId())
			.query((rs, row) -> new RaisedFromSession(rs.getObject(1, UUID.class),
					new ParticipantId(rs.getObject(2, UUID.class)), NoncomplianceKind.valueOf(rs.getString(3)),
					rs.getBoolean(4), rs.getBoolean(5)))
			.list();
		for (RaisedFromSession notice : raised) {
			boolean stillCalled = called.remove(notice.participant(), notice.kind());
			if (notice.sent() || stillCalled != notice.withdrawn()) {
				continue;
			}
			// Withdrawn while the sheet says attended; standing again once it says
			// absent.
			String by = CurrentActor.require().username();
			this.jdbc.sql("""
					update referral_noncompliance set withdrawn_at = ?, withdrawn_by_username = ? where id = ?""")
				.params(stillCalled ? null : now(), stillCalled ? null : by, notice.id())
				.update();
			this.audit.record(AuditAction.UPDATE, "referral-noncompliance", notice.id().toString(),
					"participant=" + notice.participant() + (stillCalled ? ", stands again" : ", withdrawn")
							+ ": attendance of session " + recorded.sessionId() + " corrected");
		}
		called.forEach((participant, kind) -> raise(participant, kind, recorded.heldOn(), null, recorded.sessionId()));
	}

	/** Raises the notice of a termination (OUT-4), in the ending transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	void raiseTermination(ProgramEnded ended) {
		raise(ended.participantId(), NoncomplianceKind.TERMINATION, ended.endedOn(), null, null);
	}

	private record RaisedFromSession(UUID id, ParticipantId participant, NoncomplianceKind kind, boolean withdrawn,
			boolean sent) {
	}

	private UUID raise(ParticipantId participantId, NoncomplianceKind kind, LocalDate occurredOn, String rule,
			UUID sessionId) {
		LocalDate today = LocalDate.now(this.clock);
		Actor actor = CurrentActor.require();
		ParticipantDetails participant = this.participants.get(participantId);
		String html = this.monthly.renderNotice(participant, kind, occurredOn, rule, today);
		UUID notice = file(participantId, "NOTICE", YearMonth.from(occurredOn), null,
				this.monthly.noticeSubject(participant, kind), html);
		UUID id = UUID.randomUUID();
		boolean automatic = sessionId != null || kind == NoncomplianceKind.TERMINATION;
		this.jdbc.sql("""
				insert into referral_noncompliance (id, agency_id, participant_id, kind, occurred_on, rule_violated,
				    notice_id, notice_due_on, recorded_at, recorded_by_username, raised_automatically, session_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, actor.agencyId().value(), participantId.value(), kind.name(), occurredOn, rule, notice,
					NoticeDeadline.dueOn(today), now(), actor.username(), automatic, sessionId)
			.update();
		this.audit.record(AuditAction.CREATE, "referral-noncompliance", id.toString(),
				"participant=" + participantId + ", kind=" + kind + (automatic ? ", raised automatically" : "")
						+ ((sessionId != null) ? ", session=" + sessionId : ""));
		return id;
	}

	/** A participant's noncompliance events and their notices, newest first. */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public List<NoticeListing> noncompliance(ParticipantId participantId) {
		List<NoticeListing> found = notices(
				"where n.participant_id = ? order by n.occurred_on desc, n.recorded_at desc", participantId.value());
		this.audit.record(AuditAction.READ, "referral-noncompliance-list", participantId.toString(),
				"rows=" + found.size());
		return found;
	}

	/**
	 * The notices queued for referral sources, the ones still held first, each with its
	 * due day and whether it is overdue (OUT-4).
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public List<NoticeListing> noticeQueue() {
		List<NoticeListing> found = notices("order by withdrawn, sent, n.notice_due_on, n.recorded_at");
		this.audit.record(AuditAction.READ, "referral-noncompliance-list", null, "queue, rows=" + found.size());
		return found;
	}

	private List<NoticeListing> notices(String where, Object... params) {
		LocalDate today = LocalDate.now(this.clock);
		return this.jdbc.sql("""
				select n.id, n.notice_id, n.participant_id, p.first_name || ' ' || p.last_name, n.kind, n.occurred_on,
				    n.rule_violated, n.notice_due_on,
				    exists (select 1 from referral_report_delivery d where d.report_id = n.notice_id
				        and d.outcome = 'SENT') as sent,
				    n.raised_automatically, g.name, n.withdrawn_at is not null as withdrawn
				from referral_noncompliance n join participant p on p.id = n.participant_id
				left join group_session s on s.id = n.session_id left join program_group g on g.id = s.group_id
				""" + where).params(params).query((rs, row) -> {
			LocalDate due = rs.getObject(8, LocalDate.class);
			boolean sent = rs.getBoolean(9);
			boolean withdrawn = rs.getBoolean(12);
			return new NoticeListing(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					new ParticipantId(rs.getObject(3, UUID.class)), rs.getString(4),
					NoncomplianceKind.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class), rs.getString(7), due,
					sent, !withdrawn && NoticeDeadline.overdue(due, sent, today), rs.getBoolean(10), rs.getString(11),
					withdrawn);
		}).list();
	}

	private UUID file(ParticipantId participantId, String kind, YearMonth month, UUID batch, String subject,
			String html) {
		Actor actor = CurrentActor.require();
		UUID id = UUID.randomUUID();
		// Append-only: what was sent stays as sent.
		this.jdbc.sql("""
				insert into referral_report (id, agency_id, participant_id, kind, month, recipient, subject, body_html,
				    batch_id, created_at, created_by_username)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, actor.agencyId().value(), participantId.value(), kind, month.atDay(1),
					this.monthly.recipient(this.participants.get(participantId)), subject, html, batch, now(),
					actor.username())
			.update();
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, id.toString(),
				"participant=" + participantId + ", kind=" + kind + ", month=" + month);
		dispatch(participantId, id, subject);
		return id;
	}

	/**
	 * The report leaves the program under the release in force for the referral source,
	 * which the disclosure service checks and records in the ledger in this transaction;
	 * without one it is held, and the delivery log says why.
	 */
	private boolean dispatch(ParticipantId participant, UUID reportId, String subject) {
		ReleaseRecipient recipient = ReleaseRecipient.referralSource();
		Optional<ReleaseId> release = this.consent.releaseInForce(participant, recipient,
				InformationCategory.ATTENDANCE_AND_COMPLIANCE, LocalDate.now(this.clock));
		if (release.isEmpty()) {
			return held(participant, reportId, NO_RELEASE);
		}
		DisclosureReceipt receipt;
		try {
			receipt = this.disclosures
				.disclose(DisclosureRequest.underRelease(participant, recipient, ReleasePurpose.REPORT_COMPLIANCE,
						CATEGORIES, subject, RECORD_TYPE + " " + reportId, release.get()));
		}
		catch (DisclosureRefused refused) {
			return held(participant, reportId,
					refused.problems().values().stream().sorted().collect(Collectors.joining(",")));
		}
		delivery(reportId, receipt.ledgerEntryId(), null);
		this.audit.record(AuditAction.EXPORT, RECORD_TYPE, reportId.toString(),
				"participant=" + participant + ", sent under release=" + release.get());
		return true;
	}

	private boolean held(ParticipantId participant, UUID reportId, String reason) {
		delivery(reportId, null, reason);
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE + "-held", reportId.toString(),
				"participant=" + participant + ", reason=" + reason);
		return false;
	}

	private void delivery(UUID reportId, UUID disclosure, String heldReason) {
		Actor actor = CurrentActor.require();
		this.jdbc.sql("""
				insert into referral_report_delivery (id, agency_id, report_id, outcome, disclosure_id, reason,
				    recorded_at, recorded_by_username) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), actor.agencyId().value(), reportId, (disclosure != null) ? "SENT" : "HELD",
					disclosure, heldReason, now(), actor.username())
			.update();
	}

	ReferralReport load(UUID reportId) {
		List<ReportDelivery> deliveries = this.jdbc.sql("""
				select recorded_at, recorded_by_username, outcome, disclosure_id, reason
				from referral_report_delivery where report_id = ? order by recorded_at, id""")
			.param(reportId)
			.query((rs, row) -> new ReportDelivery(rs.getTimestamp(1).toInstant(), rs.getString(2),
					"SENT".equals(rs.getString(3)), rs.getObject(4, UUID.class), rs.getString(5)))
			.list();
		return this.jdbc.sql("""
				select id, participant_id, month, recipient, subject, body_html, created_at, created_by_username,
				    exists (select 1 from referral_noncompliance n where n.notice_id = referral_report.id
				        and n.withdrawn_at is not null)
				from referral_report where id = ?""")
			.param(reportId)
			.query((rs, row) -> new ReferralReport(rs.getObject(1, UUID.class),
					new ParticipantId(rs.getObject(2, UUID.class)), YearMonth.from(rs.getObject(3, LocalDate.class)),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8),
					deliveries, rs.getBoolean(9)))
			.optional()
			.orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, reportId));
	}

	private static ReportListing listing(ResultSet rs, int row) throws SQLException {
		Timestamp sent = rs.getTimestamp("sent_at");
		return new ReportListing(rs.getObject(1, UUID.class), new ParticipantId(rs.getObject(2, UUID.class)),
				rs.getString(3), YearMonth.from(rs.getObject(4, LocalDate.class)), rs.getString(5),
				rs.getTimestamp(6).toInstant(), (sent != null) ? sent.toInstant() : null);
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS));
	}

}
