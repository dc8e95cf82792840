package org.paipmanager.completion;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.completion.CompletionProgress.Assessment;
import org.paipmanager.completion.CompletionProgress.CriterionStatus;
import org.paipmanager.completion.CompletionProgress.Extension;
import org.paipmanager.completion.CompletionProgress.Outcome;
import org.paipmanager.completion.domain.CompletionRules;
import org.paipmanager.group.AttendanceProgress;
import org.paipmanager.group.EndingMembership;
import org.paipmanager.group.RecordingAttendance;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.RecordNotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Program compliance (501.160): staff assess the seven criteria, the director extends,
 * terminates or completes, and every decision keeps who made it, when and on what
 * grounds. Attendance is counted against the rule minimum or the stricter standard of the
 * participant's referral source (GRP-6).
 */
@Service
@Validated
public class CompletionManagement {

	static final String RECORD_TYPE = "completion";

	private final JdbcClient jdbc;

	private final CompletionStandards standards;

	private final ParticipantManagement participants;

	private final RecordingAttendance attendance;

	private final EndingMembership membership;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CompletionManagement(JdbcClient jdbc, CompletionStandards standards, ParticipantManagement participants,
			RecordingAttendance attendance, EndingMembership membership, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.standards = standards;
		this.participants = participants;
		this.attendance = attendance;
		this.membership = membership;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Where a participant stands toward completion. */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public CompletionProgress progress(ParticipantId participantId) {
		return progress(this.participants.get(participantId));
	}

	/**
	 * Where a participant already read stands toward completion: the participant file
	 * passes the record it read and audited.
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public CompletionProgress progress(ParticipantDetails participant) {
		ParticipantId id = participant.id();
		AttendanceProgress attended = this.attendance.progress(id);
		ServiceStandard standard = this.standards.findByReferralSource(participant.referralSource())
			.map(CompletionStandard::toView)
			.orElse(null);
		List<Assessment> assessments = assessments(id);
		Map<CompletionCriterion, Assessment> current = currentAssessments(assessments);
		List<Extension> extensions = extensions(id);
		Optional<Outcome> outcome = outcome(id);
		int extraSessions = extensions.stream().mapToInt(Extension::additionalSessions).sum();
		CompletionRules.Requirement required = CompletionRules.requirement(attended.sessionsRequired(),
				attended.hoursRequired(), (standard != null) ? standard.sessionsRequired() : null,
				(standard != null) ? standard.hoursRequired() : null, extraSessions);
		// A group-only standard (seed 003) counts no individual sessions.
		boolean groupOnly = standard != null && standard.groupOnly();
		int sessionsCounted = groupOnly ? attended.groupSessions() + attended.creditedSessions()
				: attended.sessionsAttended();
		BigDecimal hoursCounted = groupOnly ? attended.groupHours().add(attended.creditedHours())
				: attended.hoursAttended();
		List<CompletionBlocker> blockers = outcome.isPresent() ? List.of() : CompletionRules
			.blockers(participant.stage(), sessionsCounted, hoursCounted, required, metByCriterion(current.values()));
		List<CriterionStatus> criteria = Arrays.stream(CompletionCriterion.values())
			.map((criterion) -> new CriterionStatus(criterion, current.get(criterion),
					(int) assessments.stream().filter((each) -> each.criterion() == criterion).count()))
			.toList();
		LocalDate validUntil = (standard != null && standard.referralValidMonths() != null)
				? participant.referredOn().plusMonths(standard.referralValidMonths()) : null;
		this.audit.record(AuditAction.READ, RECORD_TYPE, id.toString(), "assessments=" + assessments.size()
				+ ", extensions=" + extensions.size() + ", ended=" + outcome.isPresent());
		return new CompletionProgress(id, participant.stage(), standard, sessionsCounted, hoursCounted,
				required.sessions(), required.hours(), extraSessions, attended.absencesInARow(), validUntil, criteria,
				extensions, outcome.orElse(null), blockers);
	}

	/**
	 * Records an assessment of one criterion (GRP-7).
	 * @throws CompletionRefused when the participant's program is not running
	 * @throws OptimisticLockingFailureException when someone assessed the criterion after
	 * the assessor read it
	 */
	@PreAuthorize("hasAuthority('COMPLETION_ASSESS')")
	@Transactional
	public UUID assess(ParticipantId participantId, @Valid AssessmentCommand command) {
		ParticipantDetails participant = this.participants.get(participantId);
		if (participant.stage() != ProgramStage.ENROLLED) {
			throw new CompletionRefused(Map.of("*", "completion.refused.notEnrolled"));
		}
		Assessment current = currentAssessments(assessments(participantId)).get(command.criterion());
		UUID currentId = (current != null) ? current.id() : null;
		if (!java.util.Objects.equals(currentId, command.basedOn())) {
			throw new OptimisticLockingFailureException(
					"Criterion " + command.criterion() + " was assessed by someone else");
		}
		Actor actor = CurrentActor.require();
		UUID id = UUID.randomUUID();
		try {
			this.jdbc.sql("""
					insert into completion_assessment (id, agency_id, participant_id, criterion, met, assessed_on,
					    evidence, recorded_by_staff_id, recorded_by_username, recorded_at, supersedes_id)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, actor.agencyId().value(), participantId.value(), command.criterion().name(), command.met(),
						command.assessedOn(), command.evidence().strip(), actor.staffUuid(), actor.username(),
						Timestamp.from(now()), currentId)
				.update();
		}
		catch (DuplicateKeyException ex) {
			// Two assessors answered the same assessment at once; the first one counts.
			throw new OptimisticLockingFailureException("Criterion " + command.criterion() + " assessed twice", ex);
		}
		this.audit.record(AuditAction.CREATE, RECORD_TYPE + "-assessment", id.toString(),
				"participant=" + participantId + ", criterion=" + command.criterion() + ", met=" + command.met());
		return id;
	}

	/**
	 * Extends a participant's time in the program (501.160(b), GRP-8). The referrer still
	 * has to be told; the file flags it until {@link #recordReferrerTold} is called.
	 * @throws CompletionRefused when the extension does not document a lack of progress
	 */
	@PreAuthorize("hasAuthority('COMPLETION_DECIDE')")
	@Transactional
	public UUID extend(ParticipantId participantId, @Valid ExtensionCommand command) {
		ParticipantDetails participant = this.participants.get(participantId);
		// One read of the participant's progress gives both the criteria met and the
		// sessions attended at the decision.
		CompletionProgress progress = progress(participant);
		Map<CompletionCriterion, Boolean> met = metByCriterion(progress.criteria()
			.stream()
			.map(CompletionProgress.CriterionStatus::current)
			.filter(java.util.Objects::nonNull)
			.toList());
		EnumSet<CompletionCriterion> named = command.criteriaNotMet().isEmpty()
				? EnumSet.noneOf(CompletionCriterion.class) : EnumSet.copyOf(command.criteriaNotMet());
		Map<String, String> problems = CompletionRules.checkExtension(participant.stage(), named, met,
				command.decidedOn(), command.participantToldOn());
		if (!problems.isEmpty()) {
			throw new CompletionRefused(problems);
		}
		Actor actor = CurrentActor.require();
		UUID id = UUID.randomUUID();
		int attendedSoFar = progress.sessionsCounted();
		this.jdbc.sql("""
				insert into completion_extension (id, agency_id, participant_id, decided_on, lack_of_progress,
				    criteria_not_met, additional_sessions, sessions_attended_at_decision, participant_told_on,
				    decided_by_staff_id, decided_by_username, recorded_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(id, actor.agencyId().value(), participantId.value(), command.decidedOn(),
					command.lackOfProgress().strip(), named.stream().map(Enum::name).toArray(String[]::new),
					command.additionalSessions(), attendedSoFar, command.participantToldOn(), actor.staffUuid(),
					actor.username(), Timestamp.from(now()))
			.update();
		this.audit.record(AuditAction.CREATE, RECORD_TYPE + "-extension", id.toString(), "participant=" + participantId
				+ ", additional sessions=" + command.additionalSessions() + ", criteria=" + named);
		return id;
	}

	/**
	 * Records that the referring entity was told of an extension (501.160(b)).
	 * @throws OptimisticLockingFailureException when the extension changed since it was
	 * read
	 */
	@PreAuthorize("hasAuthority('COMPLETION_DECIDE')")
	@Transactional
	public void recordReferrerTold(ParticipantId participantId, UUID extensionId,
			@Valid ReferrerNoticeCommand command) {
		Extension extension = extensions(participantId).stream()
			.filter((each) -> each.id().equals(extensionId))
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE + "-extension", extensionId));
		if (command.toldOn().isBefore(extension.decidedOn())) {
			throw new CompletionRefused(Map.of("toldOn", "completion.extension.toldBeforeDecided"));
		}
		int updated = this.jdbc.sql("""
				update completion_extension set referrer_told_on = ?, referrer_told_how = ?, version = version + 1
				where id = ? and version = ?""")
			.params(command.toldOn(), command.how().strip(), extensionId, command.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Extension " + extensionId + " changed");
		}
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE + "-extension", extensionId.toString(),
				"participant=" + participantId + ", referrer told on " + command.toldOn());
	}

	/**
	 * Completes the program when every 501.160(a) criterion is met and attendance meets
	 * the standard (GRP-7); the participant leaves their group.
	 * @throws CompletionRefused naming each unmet requirement; nothing is saved
	 */
	@PreAuthorize("hasAuthority('COMPLETION_DECIDE')")
	@Transactional
	public void complete(ParticipantId participantId, @Valid EndingCommand command) {
		ParticipantDetails participant = this.participants.get(participantId);
		CompletionProgress progress = progress(participant);
		if (progress.outcome() != null) {
			throw new CompletionRefused(Map.of("*", "completion.refused.ended"));
		}
		Map<String, String> problems = CompletionRules.checkCompletion(progress.blockers(), command.endedOn(),
				participant.programStartDate());
		if (!problems.isEmpty()) {
			throw new CompletionRefused(problems);
		}
		end(participant, ProgramStage.COMPLETED, command.endedOn(), null, null, progress);
	}

	/**
	 * Terminates the program with a coded reason (GRP-9); the participant leaves their
	 * group.
	 * @throws CompletionRefused when the reason or its explanation is missing
	 */
	@PreAuthorize("hasAuthority('COMPLETION_DECIDE')")
	@Transactional
	public void terminate(ParticipantId participantId, @Valid EndingCommand command) {
		ParticipantDetails participant = this.participants.get(participantId);
		CompletionProgress progress = progress(participant);
		if (progress.outcome() != null) {
			throw new CompletionRefused(Map.of("*", "completion.refused.ended"));
		}
		Map<String, String> problems = CompletionRules.checkTermination(participant.stage(), command.reason(),
				command.explanation(), command.endedOn(), participant.programStartDate());
		if (!problems.isEmpty()) {
			throw new CompletionRefused(problems);
		}
		String explanation = (command.explanation() == null || command.explanation().isBlank()) ? null
				: command.explanation().strip();
		end(participant, ProgramStage.TERMINATED, command.endedOn(), command.reason(), explanation, progress);
	}

	private void end(ParticipantDetails participant, ProgramStage outcome, LocalDate endedOn, TerminationReason reason,
			String explanation, CompletionProgress progress) {
		Actor actor = CurrentActor.require();
		UUID id = UUID.randomUUID();
		try {
			this.jdbc.sql("""
					insert into completion_outcome (id, agency_id, participant_id, outcome, ended_on,
					    termination_reason, explanation, sessions_attended, hours_attended, decided_by_staff_id,
					    decided_by_username, recorded_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, actor.agencyId().value(), participant.id().value(), outcome.name(), endedOn,
						(reason != null) ? reason.name() : null, explanation, progress.sessionsCounted(),
						progress.hoursCounted(), actor.staffUuid(), actor.username(), Timestamp.from(now()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new OptimisticLockingFailureException("The program of " + participant.id() + " already ended", ex);
		}
		this.participants.endProgram(participant.id(), outcome, endedOn);
		// A program that ends before the group placement began ends the placement the day
		// it began.
		LocalDate leftOn = this.membership.openSince(participant.id())
			.filter((joined) -> joined.isAfter(endedOn))
			.orElse(endedOn);
		this.membership.leave(participant.id(), leftOn, "program " + outcome + " (501.160)");
		this.audit.record(AuditAction.CREATE, RECORD_TYPE + "-outcome", id.toString(), "participant=" + participant.id()
				+ ", outcome=" + outcome + ((reason != null) ? ", reason=" + reason : ""));
		this.events.publishEvent(new ProgramEnded(participant.id(), outcome, endedOn, reason));
	}

	/**
	 * The certificate of completion, where the referral source allows one.
	 * @throws CompletionRefused when the program was not completed or the standard
	 * forbids a certificate
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public Certificate certificate(ParticipantId participantId) {
		ParticipantDetails participant = this.participants.get(participantId);
		CompletionProgress progress = progress(participant);
		if (progress.certificateForbidden()) {
			throw new CompletionRefused(Map.of("*", "completion.certificate.forbidden"));
		}
		if (!progress.certificateAvailable()) {
			throw new CompletionRefused(Map.of("*", "completion.certificate.notCompleted"));
		}
		this.audit.record(AuditAction.READ, RECORD_TYPE + "-certificate", participantId.toString(), null);
		return new Certificate(participant.firstName() + " " + participant.lastName(), progress.outcome().endedOn(),
				progress.outcome().sessionsAttended(), progress.outcome().hoursAttended());
	}

	/** What a certificate of completion states: who, when, how much was attended. */
	public record Certificate(String participantName, LocalDate completedOn, int sessionsAttended,
			BigDecimal hoursAttended) {
	}

	/** Every assessment of one criterion, newest first (GRP-7). */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public List<Assessment> assessmentsOf(ParticipantId participantId, CompletionCriterion criterion) {
		List<Assessment> history = assessments(participantId).stream()
			.filter((assessment) -> assessment.criterion() == criterion)
			.sorted(java.util.Comparator.comparing(Assessment::recordedAt).reversed())
			.toList();
		this.audit.record(AuditAction.READ, RECORD_TYPE + "-assessment", participantId.toString(),
				"criterion=" + criterion + ", rows=" + history.size());
		return history;
	}

	/** The agency's referral-source standards by name. */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional(readOnly = true)
	public List<ServiceStandard> standards() {
		return this.standards.findAllByOrderByName().stream().map(CompletionStandard::toView).toList();
	}

	/** One standard. */
	@PreAuthorize("hasAuthority('COMPLETION_DECIDE')")
	@Transactional(readOnly = true)
	public ServiceStandard standard(UUID standardId) {
		return this.standards.findById(standardId)
			.map(CompletionStandard::toView)
			.orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE + "-standard", standardId));
	}

	/**
	 * Sets a referral source's standard (GRP-6), new or changed.
	 * @throws CompletionRefused when the referral source already has another standard
	 * @throws OptimisticLockingFailureException when the standard changed since it was
	 * read
	 */
	@PreAuthorize("hasAuthority('COMPLETION_DECIDE')")
	@Transactional
	public UUID saveStandard(UUID standardId, @Valid StandardCommand command) {
		Optional<CompletionStandard> sameSource = this.standards.findByReferralSource(command.referralSource());
		if (sameSource.isPresent() && !sameSource.get().id().equals(standardId)) {
			throw new CompletionRefused(Map.of("referralSource", "completion.standard.sourceTaken"));
		}
		CompletionStandard standard;
		if (standardId == null) {
			standard = CompletionStandard.create(CurrentActor.require().agencyId().value(), command);
		}
		else {
			standard = this.standards.findById(standardId)
				.orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE + "-standard", standardId));
			standard.expectVersion(command.version());
			standard.change(command);
		}
		CompletionStandard saved = this.standards.save(standard);
		this.audit.record((standardId == null) ? AuditAction.CREATE : AuditAction.UPDATE, RECORD_TYPE + "-standard",
				saved.id().toString(), "referral source=" + command.referralSource());
		return saved.id();
	}

	private List<Assessment> assessments(ParticipantId participantId) {
		return this.jdbc.sql("""
				select id, criterion, met, assessed_on, evidence, recorded_by_username, recorded_at
				from completion_assessment where participant_id = ? order by recorded_at""")
			.param(participantId.value())
			.query((rs, row) -> new Assessment(rs.getObject("id", UUID.class),
					CompletionCriterion.valueOf(rs.getString("criterion")), rs.getBoolean("met"),
					rs.getObject("assessed_on", LocalDate.class), rs.getString("evidence"),
					rs.getString("recorded_by_username"), rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	private static Map<CompletionCriterion, Assessment> currentAssessments(List<Assessment> assessments) {
		Map<CompletionCriterion, Assessment> current = new EnumMap<>(CompletionCriterion.class);
		assessments.forEach((assessment) -> current.put(assessment.criterion(), assessment));
		return current;
	}

	/** Met or not, for each criterion assessed so far by its current assessment. */
	private static Map<CompletionCriterion, Boolean> metByCriterion(java.util.Collection<Assessment> current) {
		Map<CompletionCriterion, Boolean> met = new LinkedHashMap<>();
		current.forEach((assessment) -> met.put(assessment.criterion(), assessment.met()));
		return met;
	}

	private List<Extension> extensions(ParticipantId participantId) {
		return this.jdbc.sql("""
				select id, decided_on, lack_of_progress, criteria_not_met, additional_sessions,
				       sessions_attended_at_decision, participant_told_on, referrer_told_on, referrer_told_how,
				       decided_by_username, version
				from completion_extension where participant_id = ? order by decided_on, recorded_at""")
			.param(participantId.value())
			.query((rs, row) -> new Extension(rs.getObject("id", UUID.class),
					rs.getObject("decided_on", LocalDate.class), rs.getString("lack_of_progress"),
					criteria(rs.getArray("criteria_not_met")), rs.getInt("additional_sessions"),
					rs.getInt("sessions_attended_at_decision"), rs.getObject("participant_told_on", LocalDate.class),
					rs.getObject("referrer_told_on", LocalDate.class), rs.getString("referrer_told_how"),
					rs.getString("decided_by_username"), rs.getLong("version")))
			.list();
	}

	private static List<CompletionCriterion> criteria(Array array) throws SQLException {
		return Arrays.stream((String[]) array.getArray()).map(CompletionCriterion::valueOf).toList();
	}

	private Optional<Outcome> outcome(ParticipantId participantId) {
		return this.jdbc.sql("""
				select outcome, ended_on, termination_reason, explanation, sessions_attended, hours_attended,
				       decided_by_username
				from completion_outcome where participant_id = ?""")
			.param(participantId.value())
			.query((rs, row) -> new Outcome(ProgramStage.valueOf(rs.getString("outcome")),
					rs.getObject("ended_on", LocalDate.class),
					(rs.getString("termination_reason") != null)
							? TerminationReason.valueOf(rs.getString("termination_reason")) : null,
					rs.getString("explanation"), rs.getInt("sessions_attended"), rs.getBigDecimal("hours_attended"),
					rs.getString("decided_by_username")))
			.optional();
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
