package org.paipmanager.group;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.group.domain.AttendanceRules;
import org.paipmanager.group.domain.IndividualSessionRules;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.staff.StaffManagement;
import org.paipmanager.staff.StaffSummary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Individual sessions held with one participant instead of group (GRP-5, 501.90(a)),
 * recorded apart from group sessions. Up to four count without more; a fifth and later
 * one only with the documented rationale why group is contraindicated. A session held is
 * a fact: it is never changed. Every read and record is audited in the same transaction.
 */
@Service
@Validated
public class RecordingIndividualSessions {

	static final String RECORD_TYPE = "individual-session";

	private final ParticipantManagement participants;

	private final StaffManagement staff;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	RecordingIndividualSessions(ParticipantManagement participants, StaffManagement staff, AuditLog audit,
			JdbcClient jdbc, Clock clock) {
		this.participants = participants;
		this.staff = staff;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** An empty form: held today for an hour by whoever records it. */
	@PreAuthorize("hasAuthority('ATTENDANCE_RECORD')")
	public IndividualSessionCommand newSession() {
		return IndividualSessionCommand.blank(LocalDate.now(this.clock), CurrentActor.require().staffUuid());
	}

	/** Active staff who may have held the session. */
	@PreAuthorize("hasAuthority('ATTENDANCE_RECORD')")
	public List<StaffSummary> staffChoices() {
		return this.staff.list().stream().filter(StaffSummary::active).toList();
	}

	/**
	 * Records an individual session.
	 * @throws IndividualSessionRefused when 501.90(a) refuses it: a fifth or later one
	 * without the documented rationale, a day before the program start, someone not
	 * enrolled, or a staff member who is not on the active staff list
	 */
	@PreAuthorize("hasAuthority('ATTENDANCE_RECORD')")
	@Transactional
	public UUID record(ParticipantId id, @Valid IndividualSessionCommand command) {
		ParticipantDetails participant = this.participants.get(id);
		// Two people recording the participant's fourth and fifth session at once are
		// taken one after the other, so the count the rule sees is the true one.
		this.jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
			.param(RECORD_TYPE + ":" + id)
			.query((rs, row) -> 1)
			.list();
		int before = count(id);
		Map<String, String> problems = new LinkedHashMap<>(IndividualSessionRules.check(
				participant.stage() == ProgramStage.ENROLLED, participant.programStartDate(), command.heldOn(), before,
				command.rationaleCode() != null, command.rationale()));
		StaffSummary heldBy = staffChoices().stream()
			.filter((member) -> member.id().value().equals(command.staffId()))
			.findFirst()
			.orElse(null);
		if (heldBy == null) {
			problems.put("staffId", "individual.error.staff");
		}
		if (!problems.isEmpty()) {
			throw new IndividualSessionRefused(problems);
		}
		Actor actor = CurrentActor.require();
		UUID sessionId = UUID.randomUUID();
		this.jdbc.sql("""
				insert into group_individual_session (id, agency_id, participant_id, held_on, minutes, staff_id,
				    staff_name, topic, progress_note, reason, rationale_code, rationale, sequence_number,
				    recorded_by_staff_id, recorded_by_username, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(sessionId, actor.agencyId().value(), id.value(), command.heldOn(), command.minutes(),
					command.staffId(), heldBy.firstName() + " " + heldBy.lastName(), command.topic().strip(),
					command.progressNote().strip(), command.reason().strip(),
					(command.rationaleCode() != null) ? command.rationaleCode().name() : null,
					blankToNull(command.rationale()), before + 1, actor.staffUuid(), actor.username(),
					Timestamp.from(Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS)))
			.update();
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, sessionId.toString(), "participant=" + id + ", number="
				+ (before + 1) + ((command.rationaleCode() != null) ? ", rationale=" + command.rationaleCode() : ""));
		return sessionId;
	}

	/** A participant's individual sessions, oldest first. */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public List<IndividualSession> sessions(ParticipantId id) {
		List<IndividualSession> found = this.jdbc.sql("""
				select id, sequence_number, held_on, minutes, staff_name, topic, progress_note, reason, rationale_code,
				       rationale, recorded_by_username, recorded_at
				from group_individual_session where participant_id = ? order by sequence_number""")
			.param(id.value())
			.query((rs, row) -> new IndividualSession(rs.getObject("id", UUID.class), rs.getInt("sequence_number"),
					rs.getObject("held_on", LocalDate.class), rs.getInt("minutes"),
					AttendanceRules.sessionHours(rs.getInt("minutes")), rs.getString("staff_name"),
					rs.getString("topic"), rs.getString("progress_note"), rs.getString("reason"),
					(rs.getString("rationale_code") != null)
							? IndividualSessionRationale.valueOf(rs.getString("rationale_code")) : null,
					rs.getString("rationale"), rs.getString("recorded_by_username"),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
		this.audit.record(AuditAction.READ, RECORD_TYPE + "-list", id.toString(), "rows=" + found.size());
		return found;
	}

	/** Whether the next session needs the documented rationale of 501.90(a). */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional(readOnly = true)
	public boolean nextNeedsRationale(ParticipantId id) {
		return IndividualSessionRules.needsRationale(count(id));
	}

	private int count(ParticipantId id) {
		return this.jdbc.sql("select count(*) from group_individual_session where participant_id = ?")
			.param(id.value())
			.query(Integer.class)
			.single();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
