package org.paipmanager.mandatedreport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.shared.ProgramZone;
import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.mandatedreport.ReportCommand.AttemptEntry;
import org.paipmanager.mandatedreport.ReportCommand.ReportEntry;
import org.paipmanager.mandatedreport.domain.CompletedReport;
import org.paipmanager.mandatedreport.domain.ReportProblem;
import org.paipmanager.mandatedreport.domain.ReportedEvent;
import org.paipmanager.mandatedreport.domain.ReportedEvent.Concern;
import org.paipmanager.mandatedreport.domain.ReportedEvent.InformationSource;
import org.paipmanager.mandatedreport.domain.ReportedEvent.JeopardyAssessment;
import org.paipmanager.mandatedreport.domain.ReportedEvent.RiskToVictimAssessment;
import org.paipmanager.mandatedreport.domain.ReportedEvent.VictimConsent;
import org.paipmanager.mandatedreport.domain.ReportedEvent.VictimNotificationAttempt;
import org.paipmanager.mandatedreport.domain.ReportingRules;
import org.paipmanager.mandatedreport.domain.RequiredAction;
import org.paipmanager.mandatedreport.domain.CompletedReport.ReportAgency;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Permission;
import org.paipmanager.shared.RecordNotFoundException;
import org.paipmanager.victimcontact.MandatedReportVictimSide;
import org.paipmanager.victimcontact.MandatedReportVictimSide.Attempt;
import org.paipmanager.victimcontact.MandatedReportVictimSide.Facts;
import org.paipmanager.victimcontact.MandatedReportVictimSide.FollowUp;
import org.paipmanager.victimcontact.MandatedReportVictimSide.Step;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Mandated reports (501.220, 501.145, 501.230(b), SAF-4..7). Walks the rules of
 * {@link ReportingRules} for the facts staff enter and records the reports made. The
 * participant side (this module's table) holds only that a report was made: kind, time,
 * reporter, agency, reference number, section and whether victim-side follow-up is
 * outstanding. Everything about the victim goes to the victim compartment through
 * {@link MandatedReportVictimSide}; when the person recording may not enter it, the
 * victim-side steps become the victim liaison's follow-up. Every read and write is
 * audited with ids and counts, never victim words.
 */
@Service
@Validated
public class MandatedReporting {

	static final String RECORD_TYPE = "mandated-report";

	/**
	 * Steps on the victim side of a report: the liaison's when the recorder is outside.
	 */
	static final Set<RequiredAction> VICTIM_STEPS = EnumSet.of(RequiredAction.NOTIFY_VICTIM_OF_THREAT,
			RequiredAction.ASSESS_RISK_TO_VICTIM_AND_CHILDREN, RequiredAction.NOTIFY_VICTIM_SAFETY_COMPROMISED,
			RequiredAction.NOTIFY_VICTIM_BEFORE_REPORTING);

	/** Steps the report waits for: 501.220(a)(1) consent, (a)(2) danger assessment. */
	private static final Set<RequiredAction> WAITING = EnumSet.of(RequiredAction.OBTAIN_VICTIM_CONSENT_BEFORE_REPORTING,
			RequiredAction.ASSESS_JEOPARDY_TO_REPORTER_AND_VICTIM);

	private static final Set<RequiredAction> WITHHOLDING = EnumSet.of(
			RequiredAction.DO_NOT_REPORT_WITHOUT_VICTIM_CONSENT,
			RequiredAction.DO_NOT_REPORT_REPORTER_OR_VICTIM_IN_JEOPARDY);

	private static final int ATTEMPT_ROWS = 3;

	private static final String COLUMNS = """
			id, participant_id, event_id, kind, reported_at, reporter_username, agency_notified, reference_number,
			rule_section, victim_follow_up_outstanding, version""";

	private final ParticipantManagement participants;

	private final MandatedReportVictimSide victimSide;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	MandatedReporting(ParticipantManagement participants, MandatedReportVictimSide victimSide, AuditLog audit,
			JdbcClient jdbc, Clock clock) {
		this.participants = participants;
		this.victimSide = victimSide;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** An empty report form. */
	@PreAuthorize("hasAuthority('MANDATED_REPORT_WRITE')")
	public ReportCommand newReport() {
		return new ReportCommand();
	}

	/**
	 * What the rules require for the facts entered so far; grows the form by the entries
	 * the next step needs (one per report, notification attempts). Records nothing.
	 */
	@PreAuthorize("hasAuthority('MANDATED_REPORT_WRITE')")
	@Transactional
	public ReportPlan plan(ParticipantId participantId, ReportCommand command) {
		this.participants.get(participantId);
		boolean inside = this.victimSide.mayEnter();
		boolean stepUp = !inside && this.victimSide.stepUpWouldOpen();
		if (command.getSource() == null || command.getConcerns().isEmpty()) {
			return new ReportPlan(List.of(), List.of(), inside, false, stepUp, null, false, false, false, false, false);
		}
		List<RequiredAction> actions = ReportingRules.decide(event(command, inside));
		RequiredAction waitingFor = actions.stream().filter(WAITING::contains).findFirst().orElse(null);
		boolean withheld = actions.stream().anyMatch(WITHHOLDING::contains);
		List<RequiredAction> reportsNeeded = (waitingFor != null || withheld) ? List.of() : reportsNeeded(actions);
		boolean victimSteps = actions.stream().anyMatch(VICTIM_STEPS::contains);
		List<RequiredAction> shown = inside ? actions
				: actions.stream().filter((action) -> !VICTIM_STEPS.contains(action)).toList();
		syncReports(command, reportsNeeded);
		boolean asksAttempts = inside && victimSteps;
		if (asksAttempts) {
			while (command.getAttempts().size() < ATTEMPT_ROWS) {
				command.getAttempts().add(new AttemptEntry());
			}
		}
		return new ReportPlan(shown, reportsNeeded, inside, !inside && victimSteps, stepUp, waitingFor, withheld,
				inside && command.getSource() == InformationSource.VICTIM,
				inside && command.getSource() == InformationSource.THIRD_PARTY,
				inside && command.getConcerns().contains(Concern.THREAT_TO_HARM_OR_KILL_OTHERS), asksAttempts);
	}

	/**
	 * Records a reported event: the participant-side reports and the victim side.
	 * @throws ReportRefused while a required step is missing (the victim's consent, the
	 * danger assessment, an effort to notify the victim, a report's time or reference
	 * number), each message quoting its rule; nothing is saved
	 */
	@PreAuthorize("hasAuthority('MANDATED_REPORT_WRITE')")
	@Transactional
	public ReportOutcome record(ParticipantId participantId, @Valid ReportCommand command) {
		this.participants.get(participantId);
		Actor actor = CurrentActor.require();
		boolean inside = this.victimSide.mayEnter();
		Map<String, String> problems = new LinkedHashMap<>();
		if (!inside && command.hasVictimSideContent()) {
			// 501.190(d): only those inside the compartment record what concerns the
			// victim.
			problems.put("*", "mandatedreport.refused.victimSideClosed");
		}
		attemptProblems(command.getAttempts(), "attempts", problems);
		if (!problems.isEmpty()) {
			throw new ReportRefused(problems);
		}
		ReportedEvent event = event(command, inside);
		List<RequiredAction> actions = ReportingRules.decide(event);
		Optional<RequiredAction> waiting = actions.stream().filter(WAITING::contains).findFirst();
		if (waiting.isPresent()) {
			throw new ReportRefused(Map.of("*", "mandatedreport.refused." + waiting.get().name()));
		}
		boolean withheld = actions.stream().anyMatch(WITHHOLDING::contains);
		if (!withheld && inside && actions.contains(RequiredAction.NOTIFY_VICTIM_BEFORE_REPORTING)
				&& !ReportingRules.victimNotificationEffortDocumented(event)) {
			// 501.220(b): every reasonable effort to notify the victim first, documented.
			problems.put("*", "mandatedreport.refused.NOTIFY_VICTIM_BEFORE_REPORTING");
		}
		Map<ReportKind, ReportEntry> entries = new EnumMap<>(ReportKind.class);
		if (!withheld) {
			for (RequiredAction action : reportsNeeded(actions)) {
				ReportKind kind = ReportKind.answering(action).orElseThrow();
				int index = indexOf(command.getReports(), action);
				if (index < 0) {
					problems.put("*", "mandatedreport.refused.reportMissing");
					continue;
				}
				ReportEntry entry = command.getReports().get(index);
				CompletedReport report = new CompletedReport(instant(entry.getReportedAt()), actor.username(),
						kind.agency(), entry.getReferenceNumber());
				for (ReportProblem problem : ReportingRules.problemsWith(report, Instant.now(this.clock))) {
					problems.put("reports[" + index + "]." + problem.field(), problem.messageKey());
				}
				entries.put(kind, entry);
			}
		}
		if (!problems.isEmpty()) {
			throw new ReportRefused(problems);
		}
		List<Step> outstanding = outstandingSteps(actions, event, inside);
		UUID eventId = UUID.randomUUID();
		List<MandatedReportView> made = new ArrayList<>();
		entries.forEach(
				(kind, entry) -> made.add(insert(actor, participantId, eventId, kind, entry, !outstanding.isEmpty())));
		Facts facts = new Facts(command.getSource().name(),
				command.getConcerns().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()));
		if (inside && (command.hasVictimSideContent() || !outstanding.isEmpty() || withheld)) {
			this.victimSide.record(new MandatedReportVictimSide.Entry(eventId, participantId, facts,
					command.getVictimConsent().name(), command.getJeopardyAssessment().name(),
					command.getRiskToVictimAssessment().name(), command.getVictimStatement(),
					command.getAssessmentNote(), withheld, attempts(command.getAttempts()), outstanding));
		}
		else if (!inside && !outstanding.isEmpty()) {
			this.victimSide.handOver(eventId, participantId, facts, outstanding);
		}
		return new ReportOutcome(eventId, withheld, !inside && !outstanding.isEmpty(), made);
	}

	/** The participant's reports, newest first: that they were made, nothing more. */
	@PreAuthorize("hasAuthority('MANDATED_REPORT_WRITE')")
	@Transactional
	public List<MandatedReportView> reports(ParticipantId participantId) {
		List<MandatedReportView> found = this.jdbc
			.sql("select " + COLUMNS
					+ " from mandated_report where participant_id = ? order by reported_at desc, recorded_at desc")
			.param(participantId.value())
			.query((rs, row) -> withReporterShownTo(view(rs), CurrentActor.require()))
			.list();
		this.audit.record(AuditAction.READ, RECORD_TYPE + "-list", participantId.toString(), "rows=" + found.size());
		return found;
	}

	/** One report. */
	@PreAuthorize("hasAuthority('MANDATED_REPORT_WRITE')")
	@Transactional
	public MandatedReportView report(UUID id) {
		MandatedReportView found = this.jdbc.sql("select " + COLUMNS + " from mandated_report where id = ?")
			.param(id)
			.query((rs, row) -> withReporterShownTo(view(rs), CurrentActor.require()))
			.optional()
			.orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
		this.audit.record(AuditAction.READ, RECORD_TYPE, id.toString(), "participant=" + found.participantId());
		return found;
	}

	/**
	 * The agency's reports made between two Illinois dates, inclusive, counted by kind
	 * (501.170(j): child abuse reports, elder abuse reports). Every kind is present, zero
	 * where none was made.
	 */
	@PreAuthorize("hasAnyAuthority('STATISTICS_READ', 'MANDATED_REPORT_WRITE')")
	@Transactional
	public Map<ReportKind, Long> countByKind(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("The period ends before it starts");
		}
		Map<ReportKind, Long> counts = new EnumMap<>(ReportKind.class);
		for (ReportKind kind : ReportKind.values()) {
			counts.put(kind, 0L);
		}
		this.jdbc.sql("""
				select kind, count(*) as reports from mandated_report
				where reported_at >= ? and reported_at < ? group by kind""")
			.params(Timestamp.from(from.atStartOfDay(ProgramZone.ZONE).toInstant()),
					Timestamp.from(to.plusDays(1).atStartOfDay(ProgramZone.ZONE).toInstant()))
			.query((rs, row) -> Map.entry(ReportKind.valueOf(rs.getString("kind")), rs.getLong("reports")))
			.list()
			.forEach((entry) -> counts.put(entry.getKey(), entry.getValue()));
		Actor actor = CurrentActor.require();
		this.audit.record(AuditAction.READ, RECORD_TYPE + "-count", actor.agencyId().toString(), "from=" + from
				+ ", to=" + to + ", reports=" + counts.values().stream().mapToLong(Long::longValue).sum());
		return Map.copyOf(counts);
	}

	/**
	 * A report's victim side, for the victim liaison (or the director after step-up).
	 */
	@PreAuthorize("hasAuthority('MANDATED_REPORT_WRITE') and hasAuthority('VICTIM_CONTACT_ACCESS')")
	@Transactional
	public FollowUp followUp(ParticipantId participantId, UUID eventId) {
		return this.victimSide.followUp(eventId)
			.filter((found) -> found.participantId().equals(participantId))
			.orElseThrow(() -> new RecordNotFoundException("mandated-report-follow-up", eventId));
	}

	/** An empty follow-up form with rows for the notification attempts. */
	@PreAuthorize("hasAuthority('MANDATED_REPORT_WRITE')")
	public FollowUpCommand newFollowUp() {
		FollowUpCommand command = new FollowUpCommand();
		for (int i = 0; i < ATTEMPT_ROWS; i++) {
			command.getAttempts().add(new AttemptEntry());
		}
		return command;
	}

	/**
	 * The liaison completes the victim-side steps of a report: at least one documented
	 * effort to notify the victim where a notice is due (501.220(b), (c)), the risk
	 * assessment where one is due (501.220(c)(2)(B)). Clears the participant-side flag.
	 * @throws ReportRefused when a step is still missing; nothing is saved
	 * @throws OptimisticLockingFailureException when someone completed it first
	 */
	@PreAuthorize("hasAuthority('MANDATED_REPORT_WRITE') and hasAuthority('VICTIM_CONTACT_ACCESS')")
	@Transactional
	public void completeFollowUp(ParticipantId participantId, UUID eventId, long version,
			@Valid FollowUpCommand command) {
		FollowUp followUp = followUp(participantId, eventId);
		if (!followUp.outstanding()) {
			throw new OptimisticLockingFailureException("Report follow-up " + eventId + " was already completed");
		}
		Map<String, String> problems = new LinkedHashMap<>();
		attemptProblems(command.getAttempts(), "attempts", problems);
		Set<String> steps = new java.util.HashSet<>();
		followUp.outstandingSteps().forEach((step) -> steps.add(step.code()));
		List<Attempt> attempts = attempts(command.getAttempts());
		boolean noticeDue = steps.contains(RequiredAction.NOTIFY_VICTIM_OF_THREAT.name())
				|| steps.contains(RequiredAction.NOTIFY_VICTIM_BEFORE_REPORTING.name())
				|| steps.contains(RequiredAction.NOTIFY_VICTIM_SAFETY_COMPROMISED.name());
		if (noticeDue && attempts.isEmpty()) {
			problems.putIfAbsent("*", "mandatedreport.followUp.attemptNeeded");
		}
		if (steps.contains(RequiredAction.ASSESS_RISK_TO_VICTIM_AND_CHILDREN.name())
				&& command.getRiskToVictimAssessment() == RiskToVictimAssessment.NOT_YET_ASSESSED) {
			problems.put("riskToVictimAssessment", "mandatedreport.followUp.riskNeeded");
		}
		if (command.getRiskToVictimAssessment() == RiskToVictimAssessment.SAFETY_COMPROMISED && attempts.isEmpty()) {
			// 501.220(c)(2)(B): safety compromised, the victim is notified.
			problems.putIfAbsent("*", "mandatedreport.followUp.attemptNeeded");
		}
		if (!problems.isEmpty()) {
			throw new ReportRefused(problems);
		}
		int flagged = this.jdbc.sql(
				"update mandated_report set victim_follow_up_outstanding = false, version = version + 1 where event_id = ?")
			.param(eventId)
			.update();
		String risk = (command.getRiskToVictimAssessment() == RiskToVictimAssessment.NOT_YET_ASSESSED) ? "NONE"
				: command.getRiskToVictimAssessment().name();
		this.victimSide.complete(eventId, version, risk, command.getNote(), attempts);
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE + "-event", eventId.toString(),
				"followUpCompleted, reports=" + flagged);
	}

	private ReportedEvent event(ReportCommand command, boolean inside) {
		// Outside the compartment the victim-side answers are not the recorder's to give:
		// the rules read them as not yet known, and the liaison takes those steps.
		return new ReportedEvent(command.getSource(), command.getConcerns(),
				inside ? command.getVictimConsent() : VictimConsent.NOT_YET_ASKED,
				inside ? command.getJeopardyAssessment() : JeopardyAssessment.NOT_YET_ASSESSED,
				command.isDutyToWarnApplies(), command.isOrderOfProtectionInForce(),
				inside ? command.getRiskToVictimAssessment() : RiskToVictimAssessment.NOT_YET_ASSESSED,
				inside ? command.enteredAttempts()
					.stream()
					.filter((attempt) -> attempt.getAt() != null && attempt.getMethod() != null)
					.map((attempt) -> new VictimNotificationAttempt(instant(attempt.getAt()), attempt.getMethod(),
							attempt.isReached()))
					.toList() : List.of());
	}

	private static List<RequiredAction> reportsNeeded(List<RequiredAction> actions) {
		return actions.stream().filter((action) -> ReportKind.answering(action).isPresent()).toList();
	}

	private List<Step> outstandingSteps(List<RequiredAction> actions, ReportedEvent event, boolean inside) {
		List<Step> steps = new ArrayList<>();
		for (RequiredAction action : actions) {
			if (!VICTIM_STEPS.contains(action)) {
				continue;
			}
			boolean done = inside && switch (action) {
				case ASSESS_RISK_TO_VICTIM_AND_CHILDREN ->
					event.riskToVictimAssessment() != RiskToVictimAssessment.NOT_YET_ASSESSED;
				default -> ReportingRules.victimNotificationEffortDocumented(event);
			};
			if (!done) {
				steps.add(new Step(action.name(), action.section()));
			}
		}
		return steps;
	}

	private void syncReports(ReportCommand command, List<RequiredAction> needed) {
		List<ReportEntry> synced = new ArrayList<>();
		LocalDateTime now = LocalDateTime.now(this.clock.withZone(ProgramZone.ZONE)).truncatedTo(ChronoUnit.MINUTES);
		for (RequiredAction action : needed) {
			int index = indexOf(command.getReports(), action);
			synced.add((index >= 0) ? command.getReports().get(index) : new ReportEntry(action, now, null));
		}
		command.setReports(synced);
	}

	private static int indexOf(List<ReportEntry> reports, RequiredAction action) {
		for (int i = 0; i < reports.size(); i++) {
			if (reports.get(i) != null && reports.get(i).getAction() == action) {
				return i;
			}
		}
		return -1;
	}

	private void attemptProblems(List<AttemptEntry> attempts, String field, Map<String, String> problems) {
		Instant now = Instant.now(this.clock);
		for (int i = 0; i < attempts.size(); i++) {
			AttemptEntry attempt = attempts.get(i);
			if (attempt == null || attempt.isBlank()) {
				continue;
			}
			if (attempt.getAt() == null) {
				problems.put(field + "[" + i + "].at", "mandatedreport.attempt.atMissing");
			}
			else if (instant(attempt.getAt()).isAfter(now)) {
				problems.put(field + "[" + i + "].at", "mandatedreport.attempt.atInFuture");
			}
			if (attempt.getMethod() == null) {
				problems.put(field + "[" + i + "].method", "mandatedreport.attempt.methodMissing");
			}
		}
	}

	private static List<Attempt> attempts(List<AttemptEntry> entries) {
		return entries.stream()
			.filter((attempt) -> attempt != null && !attempt.isBlank())
			.map((attempt) -> new Attempt(instant(attempt.getAt()), attempt.getMethod().name(), attempt.isReached(),
					attempt.getSaid()))
			.toList();
	}

	private MandatedReportView insert(Actor actor, ParticipantId participantId, UUID eventId, ReportKind kind,
			ReportEntry entry, boolean followUpOutstanding) {
		UUID id = UUID.randomUUID();
		Instant reportedAt = instant(entry.getReportedAt());
		this.jdbc.sql("""
				insert into mandated_report (id, agency_id, participant_id, event_id, kind, reported_at,
				    reporter_username, agency_notified, reference_number, rule_section, victim_follow_up_outstanding,
				    recorded_by_username, recorded_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(id, actor.agencyId().value(), participantId.value(), eventId, kind.name(),
					Timestamp.from(reportedAt), actor.username(), kind.agency().name(),
					entry.getReferenceNumber().strip(), kind.section(), followUpOutstanding, actor.username(),
					Timestamp.from(Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS)))
			.update();
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, id.toString(), "participant=" + participantId + ", event="
				+ eventId + ", kind=" + kind + ", followUpOutstanding=" + followUpOutstanding);
		return new MandatedReportView(id, participantId, eventId, kind, reportedAt, actor.username(), kind.agency(),
				entry.getReferenceNumber().strip(), kind.section(), followUpOutstanding, 0);
	}

	/**
	 * Who made a report is told only to those inside the compartment (the liaison, the
	 * director) and stays in the audit log: on a participant-side page the name of the
	 * victim liaison would tell staff that the victim talked to the program (501.190(d)).
	 */
	private static MandatedReportView withReporterShownTo(MandatedReportView report, Actor actor) {
		if (actor.hasPermission(Permission.VICTIM_CONTACT_ACCESS)) {
			return report;
		}
		return new MandatedReportView(report.id(), report.participantId(), report.eventId(), report.kind(),
				report.reportedAt(), null, report.agencyNotified(), report.referenceNumber(), report.section(),
				report.victimFollowUpOutstanding(), report.version());
	}

	private static MandatedReportView view(ResultSet rs) throws SQLException {
		return new MandatedReportView(rs.getObject("id", UUID.class),
				new ParticipantId(rs.getObject("participant_id", UUID.class)), rs.getObject("event_id", UUID.class),
				ReportKind.valueOf(rs.getString("kind")), rs.getTimestamp("reported_at").toInstant(),
				rs.getString("reporter_username"), ReportAgency.valueOf(rs.getString("agency_notified")),
				rs.getString("reference_number"), rs.getString("rule_section"),
				rs.getBoolean("victim_follow_up_outstanding"), rs.getLong("version"));
	}

	private static Instant instant(LocalDateTime local) {
		return (local != null) ? local.atZone(ProgramZone.ZONE).toInstant() : null;
	}

}
