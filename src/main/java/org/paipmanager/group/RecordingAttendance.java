package org.paipmanager.group;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.group.GroupSession.Attendance;
import org.paipmanager.group.domain.AttendanceRules;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.RecordNotFoundException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Attendance at group sessions (GRP-4, 501.115(b)(11)(E)): one sheet per session for the
 * whole group, saved in one go, corrected under the session's version; and each
 * participant's count toward the 24 sessions and 36 hours of 501.90(a).
 */
@Service
@Validated
public class RecordingAttendance {

	static final String RECORD_TYPE = "group-session";

	private final GroupSessions sessions;

	private final ProgramGroups groups;

	private final ParticipantManagement participants;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ObjectProvider<AttendanceCreditSource> credits;

	private final ApplicationEventPublisher events;

	RecordingAttendance(GroupSessions sessions, ProgramGroups groups, ParticipantManagement participants,
			AuditLog audit, JdbcClient jdbc, Clock clock, ObjectProvider<AttendanceCreditSource> credits,
			ApplicationEventPublisher events) {
		this.credits = credits;
		this.events = events;
		this.sessions = sessions;
		this.groups = groups;
		this.participants = participants;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The attendance sheet of a session: everyone in the group that day, with what was
	 * recorded, or present for the whole session when nothing was yet.
	 */
	@PreAuthorize("hasAuthority('ATTENDANCE_RECORD')")
	@Transactional
	public AttendanceCommand sheet(UUID groupId, LocalDate heldOn) {
		ProgramGroup group = loadGroup(groupId);
		Optional<GroupSession> session = this.sessions.findByGroupIdAndHeldOn(groupId, heldOn);
		Map<UUID, Attendance> recorded = session.map(GroupSession::attendance)
			.orElse(Set.of())
			.stream()
			.collect(Collectors.toMap(Attendance::participantId, Function.identity()));
		BigDecimal fullSession = AttendanceRules
			.sessionHours(session.map(GroupSession::minutes).orElse(group.durationMinutes()));
		List<AttendanceCommand.Line> lines = membersOn(groupId, heldOn).stream().map((member) -> {
			Attendance line = recorded.get(member.id().value());
			String name = member.lastName() + ", " + member.firstName();
			return (line != null)
					? new AttendanceCommand.Line(member.id().value(), name, line.status(), line.hours(),
							line.homeworkDone(), line.progressNote())
					: new AttendanceCommand.Line(member.id().value(), name, AttendanceStatus.PRESENT, fullSession,
							false, null);
		}).toList();
		session.ifPresent((found) -> this.audit.record(AuditAction.READ, RECORD_TYPE, found.id().toString(),
				"group=" + groupId + ", rows=" + found.attendance().size()));
		return new AttendanceCommand(heldOn, session.map(GroupSession::version).orElse(null), lines);
	}

	/**
	 * Records the attendance of everyone in the group at one session; a second record of
	 * the same session replaces the first when it was read at the current version.
	 * @throws AttendanceRefused naming each line that is wrong; nothing is saved
	 * @throws OptimisticLockingFailureException when someone recorded the session after
	 * the sheet was read
	 * @see SessionAttendanceRecorded published in the same transaction
	 */
	@PreAuthorize("hasAuthority('ATTENDANCE_RECORD')")
	@Transactional
	public UUID record(UUID groupId, @Valid AttendanceCommand command) {
		Actor actor = CurrentActor.require();
		ProgramGroup group = loadGroup(groupId);
		int minutes = group.durationMinutes();
		Set<UUID> members = membersOn(groupId, command.heldOn()).stream()
			.map((member) -> member.id().value())
			.collect(Collectors.toSet());
		Map<String, String> problems = new LinkedHashMap<>();
		Set<UUID> seen = new HashSet<>();
		for (AttendanceCommand.Line line : command.lines()) {
			String key = line.participantId().toString();
			if (!members.contains(line.participantId()) || !seen.add(line.participantId())) {
				problems.put(key, "attendance.error.notMember");
				continue;
			}
			AttendanceRules.hoursProblem(line.status().name(), line.status().attended(), line.hours(), minutes)
				.ifPresent((problem) -> problems.put(key, problem));
		}
		if (!seen.containsAll(members)) {
			problems.put("*", "attendance.error.everyone");
		}
		if (!problems.isEmpty()) {
			throw new AttendanceRefused(problems);
		}
		GroupSession session = this.sessions.findByGroupIdAndHeldOn(groupId, command.heldOn())
			.orElseGet(() -> GroupSession.hold(actor.agencyId().value(), groupId, command.heldOn(), minutes));
		if (session.version() != null && !session.version().equals(command.version())) {
			throw new OptimisticLockingFailureException(
					"Session " + command.heldOn() + " was recorded by someone else");
		}
		Set<Attendance> lines = command.lines()
			.stream()
			.map((line) -> new Attendance(actor.agencyId().value(), line.participantId(), line.status(), line.hours(),
					line.homeworkDone(),
					(line.progressNote() == null || line.progressNote().isBlank()) ? null
							: line.progressNote().strip()))
			.collect(Collectors.toSet());
		boolean correction = session.version() != null;
		String corrects = correction ? ", corrects the record of " + session.lastRecorded() : "";
		session.record(lines, Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS), actor.username());
		GroupSession saved = this.sessions.save(session);
		this.audit.record(correction ? AuditAction.UPDATE : AuditAction.CREATE, RECORD_TYPE, saved.id().toString(),
				"group=" + groupId + ", held on " + command.heldOn() + ", rows=" + lines.size() + corrects);
		Map<Boolean, Set<ParticipantId>> byAttended = lines.stream()
			.collect(Collectors.partitioningBy((line) -> line.status().attended(),
					Collectors.mapping((line) -> new ParticipantId(line.participantId()), Collectors.toSet())));
		this.events.publishEvent(new SessionAttendanceRecorded(saved.id(), groupId, command.heldOn(),
				byAttended.get(true), byAttended.get(false), actor.agencyId()));
		return saved.id();
	}

	/**
	 * A participant's attendance toward 24 sessions and 36 hours (501.90(a)), with the
	 * absences since the last session attended. Individual sessions count toward both
	 * (GRP-5: beyond the fourth they are recorded only with the documented rationale),
	 * and so do sessions and hours credited from a former program, whose additional
	 * sessions raise the sessions required (501.250).
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public AttendanceProgress progress(ParticipantId participant) {
		List<Row> rows = this.jdbc.sql("""
				select s.held_on, a.status, a.hours from group_attendance a join group_session s on s.id = a.session_id
				join program_group g on g.id = s.group_id and g.purpose = 'PROGRAM'
				where a.participant_id = ?
				union all
				select held_on, null, round(minutes / 60.0, 2) from group_individual_session where participant_id = ?
				order by 1""")
			.params(participant.value(), participant.value())
			.query((rs, row) -> new Row((rs.getString(2) != null) ? AttendanceStatus.valueOf(rs.getString(2)) : null,
					rs.getBigDecimal(3)))
			.list();
		this.audit.record(AuditAction.READ, "attendance", participant.toString(), "rows=" + rows.size());
		int group = 0;
		int individual = 0;
		BigDecimal groupHours = BigDecimal.ZERO;
		BigDecimal individualHours = BigDecimal.ZERO;
		int inARow = 0;
		for (Row row : rows) {
			if (row.status() == null) {
				individual++;
				individualHours = individualHours.add(row.hours());
				inARow = 0;
				continue;
			}
			groupHours = groupHours.add(row.hours());
			if (row.status().attended()) {
				group++;
				inARow = 0;
			}
			else if (row.status() != AttendanceStatus.REMOVED) {
				inARow++;
			}
		}
		int creditedSessions = 0;
		BigDecimal creditedHours = BigDecimal.ZERO;
		int additional = 0;
		for (AttendanceCreditSource source : this.credits.orderedStream().toList()) {
			for (AttendanceCredit credit : source.creditFor(participant).stream().toList()) {
				creditedSessions += credit.sessions();
				creditedHours = creditedHours.add(credit.hours());
				additional += credit.additionalSessions();
			}
		}
		return new AttendanceProgress(group + individual + creditedSessions,
				groupHours.add(individualHours).add(creditedHours), AttendanceProgress.MINIMUM_SESSIONS + additional,
				AttendanceProgress.MINIMUM_HOURS, inARow, rows.size(), group, groupHours, individual, individualHours,
				creditedSessions, creditedHours, additional);
	}

	/**
	 * A participant's group sessions, newest first, with status, hours, homework and the
	 * facilitator's progress note of each (GRP-10).
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public List<ParticipantSession> sessionsOf(ParticipantId participant) {
		List<ParticipantSession> sessions = this.jdbc.sql("""
				select s.held_on, g.name, g.purpose, a.status, a.hours, a.homework_done, a.progress_note
				from group_attendance a join group_session s on s.id = a.session_id
				join program_group g on g.id = s.group_id
				where a.participant_id = ? order by s.held_on desc""")
			.param(participant.value())
			.query((rs, row) -> new ParticipantSession(rs.getObject(1, LocalDate.class), rs.getString(2),
					"PROGRAM".equals(rs.getString(3)), AttendanceStatus.valueOf(rs.getString(4)), rs.getBigDecimal(5),
					rs.getBoolean(6), rs.getString(7)))
			.list();
		this.audit.record(AuditAction.READ, "attendance", participant.toString(), "session lines=" + sessions.size());
		return sessions;
	}

	/**
	 * One group session as a participant's record shows it.
	 *
	 * @param counts whether the group is a program group whose sessions count toward
	 * 501.90(a), not a follow-up group
	 */
	public record ParticipantSession(LocalDate heldOn, String groupName, boolean counts, AttendanceStatus status,
			BigDecimal hours, boolean homeworkDone, String progressNote) {
	}

	/**
	 * The most recent sessions a group has recorded, newest first, at most {@code limit}:
	 * a group that has met every week for two years has a hundred, and the attendance
	 * sheet lists the latest (an older one is opened by its date).
	 */
	@PreAuthorize("hasAuthority('GROUP_READ')")
	@Transactional(readOnly = true)
	public List<SessionSummary> recordedSessions(UUID groupId, int limit) {
		return this.jdbc.sql("""
				select s.held_on, count(a.participant_id) filter (where a.status in ('PRESENT', 'LATE')),
				       count(a.participant_id)
				from (select id, held_on from group_session where group_id = ? order by held_on desc limit ?) s
				left join group_attendance a on a.session_id = s.id
				group by s.id, s.held_on order by s.held_on desc""")
			.params(groupId, limit)
			.query((rs, row) -> new SessionSummary(rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getInt(3)))
			.list();
	}

	private List<ParticipantDetails> membersOn(UUID groupId, LocalDate day) {
		List<ParticipantId> ids = this.jdbc.sql("""
				select participant_id from group_membership
				where group_id = ? and joined_on <= ? and (left_on is null or left_on >= ?)""")
			.params(groupId, day, day)
			.query((rs, row) -> new ParticipantId(rs.getObject(1, UUID.class)))
			.list();
		return this.participants.getAll(ids)
			.stream()
			.sorted(Comparator.comparing(ParticipantDetails::lastName).thenComparing(ParticipantDetails::firstName))
			.toList();
	}

	private ProgramGroup loadGroup(UUID groupId) {
		return this.groups.findById(groupId).orElseThrow(() -> new RecordNotFoundException("group", groupId));
	}

	private record Row(AttendanceStatus status, BigDecimal hours) {
	}

	/** A recorded session: when, how many attended, how many were on the sheet. */
	public record SessionSummary(LocalDate heldOn, int attended, int onSheet) {
	}

}
