package org.paipmanager.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.paipmanager.shared.ProgramZone;
import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.RecordNotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Record retention of the current agency (501.200(a), CON-3). A participant's records
 * become eligible for destruction the day after the last date of service plus 6 years,
 * never while a hold is open on the participant or the agency. The scheduled review lists
 * eligible participants in a batch; the director's approval destroys them, each in the
 * approving transaction, and writes the number of rows destroyed per table to the audit
 * log. Only a director may use it (PARTICIPANT_WRITE and AUDIT_READ together).
 *
 * <p>
 * The last date of service is the latest of: referral, last stage change (program start,
 * completion, termination, transfer), last group session attended or missed, last
 * individual session, program end (completion or termination), transfer out, last case
 * note and the referral decision.
 */
@Service
public class RetentionManagement {

	static final String DIRECTOR = "hasAuthority('PARTICIPANT_WRITE') and hasAuthority('AUDIT_READ')";

	static final int RETENTION_YEARS = 6;

	private static final String BATCH = "retention_batch";

	private static final String HOLD = "retention_hold";

	private static final String VICTIM_SCHEMA = "victim.";

	private static final int MAX_REASON = 1000;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	RetentionManagement(JdbcClient jdbc, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/** The pending batch, the held-back participants and all holds. */
	@PreAuthorize(DIRECTOR)
	@Transactional
	public RetentionReview review() {
		DestructionBatch pending = this.jdbc.sql("""
				select id from retention_batch where agency_id = current_agency_id() and status = 'PENDING'
				order by prepared_on desc limit 1""").query(UUID.class).optional().map(this::batch).orElse(null);
		List<DestructionCandidate> held = pastRetention(true);
		this.audit.record(AuditAction.READ, BATCH, (pending != null) ? pending.id().toString() : null,
				"review; held=" + held.size());
		return new RetentionReview(pending, held, holds());
	}

	/** Every hold of the agency, newest first, with its release if any. */
	@PreAuthorize(DIRECTOR)
	@Transactional(readOnly = true)
	public List<RetentionHold> holds() {
		return this.jdbc.sql("""
				select h.id, h.participant_id, h.reason_kind, h.reason, h.placed_by_username, h.placed_at,
				       r.reason as release_reason, r.released_by_username, r.released_at
				from retention_hold h left join retention_hold_release r on r.hold_id = h.id
				where h.agency_id = current_agency_id() order by h.placed_at desc, h.id""")
			.query((rs, row) -> new RetentionHold(rs.getObject("id", UUID.class),
					rs.getObject("participant_id", UUID.class), HoldReason.valueOf(rs.getString("reason_kind")),
					rs.getString("reason"), rs.getString("placed_by_username"),
					rs.getTimestamp("placed_at").toInstant(), rs.getString("release_reason"),
					rs.getString("released_by_username"),
					Optional.ofNullable(rs.getTimestamp("released_at")).map(Timestamp::toInstant).orElse(null)))
			.list();
	}

	/**
	 * Places a hold (501.200(a)): on one participant, or with {@code participantId} null
	 * on every record of the agency.
	 */
	@PreAuthorize(DIRECTOR)
	@Transactional
	public UUID placeHold(UUID participantId, HoldReason kind, String reason) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (kind == null) {
			problems.put("kind", "retention.hold.kind.required");
		}
		checkReason(reason, problems);
		if (participantId != null
				&& this.jdbc.sql("select count(*) from participant where id = ? and agency_id = current_agency_id()")
					.param(participantId)
					.query(Long.class)
					.single() == 0) {
			problems.put("participantId", "retention.hold.participant.unknown");
		}
		if (!problems.isEmpty()) {
			throw new HoldRefused(problems);
		}
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into retention_hold (id, agency_id, participant_id, reason_kind, reason, placed_by_username, placed_at)
					values (?, current_agency_id(), ?, ?, ?, ?, ?)""")
			.params(id, participantId, kind.name(), reason.strip(), CurrentActor.require().username(), now())
			.update();
		this.audit.record(AuditAction.CREATE, HOLD, id.toString(),
				"501.200(a) hold " + kind + ((participantId != null) ? " participant " + participantId : " agency"));
		return id;
	}

	/** Releases an open hold, with the reason. */
	@PreAuthorize(DIRECTOR)
	@Transactional
	public void releaseHold(UUID holdId, String reason) {
		Map<String, String> problems = new LinkedHashMap<>();
		checkReason(reason, problems);
		RetentionHold hold = holds().stream()
			.filter((h) -> h.id().equals(holdId))
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException(HOLD, holdId));
		if (!hold.open()) {
			problems.put("*", "retention.hold.already.released");
		}
		if (!problems.isEmpty()) {
			throw new HoldRefused(problems);
		}
		this.jdbc.sql("""
				insert into retention_hold_release (hold_id, agency_id, reason, released_by_username, released_at)
				values (?, current_agency_id(), ?, ?, ?)""")
			.params(holdId, reason.strip(), CurrentActor.require().username(), now())
			.update();
		this.audit.record(AuditAction.UPDATE, HOLD, holdId.toString(), "501.200(a) hold released");
	}

	/**
	 * The scheduled review for the current agency: writes a batch of the participants
	 * eligible for destruction today and not held. At most one batch per agency and day,
	 * even when several application nodes run the review at once: the run holds a
	 * transaction-scoped PostgreSQL advisory lock and skips when another run holds it or
	 * already wrote today's batch.
	 * @return the new batch, if one was written
	 */
	@PreAuthorize(DIRECTOR)
	@Transactional
	public Optional<UUID> prepareBatch() {
		Boolean locked = this.jdbc
			.sql("select pg_try_advisory_xact_lock(hashtextextended('retention-review:' || current_agency_id(), 0))")
			.query(Boolean.class)
			.single();
		LocalDate today = today();
		if (!Boolean.TRUE.equals(locked) || this.jdbc
			.sql("select count(*) from retention_batch where agency_id = current_agency_id() and prepared_on = ?")
			.param(today)
			.query(Long.class)
			.single() > 0) {
			return Optional.empty();
		}
		List<DestructionCandidate> candidates = pastRetention(false);
		if (candidates.isEmpty()) {
			return Optional.empty();
		}
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into retention_batch (id, agency_id, prepared_on, prepared_at, status, version)
				values (?, current_agency_id(), ?, ?, 'PENDING', 0)""").params(id, today, now()).update();
		for (DestructionCandidate candidate : candidates) {
			this.jdbc
				.sql("""
						insert into retention_candidate (batch_id, agency_id, participant_id, last_service_on, eligible_since)
						values (?, current_agency_id(), ?, ?, ?)""")
				.params(id, candidate.participantId(), candidate.lastServiceOn(), candidate.eligibleSince())
				.update();
		}
		this.audit.record(AuditAction.CREATE, BATCH, id.toString(),
				"501.200(a) destruction candidates: " + candidates.size());
		return Optional.of(id);
	}

	/** Participants past their retention period and not held, as of today. */
	@PreAuthorize(DIRECTOR)
	@Transactional
	public List<DestructionCandidate> eligible() {
		List<DestructionCandidate> eligible = pastRetention(false);
		this.audit.record(AuditAction.READ, BATCH, null, "eligible=" + eligible.size());
		return eligible;
	}

	/** One batch with its candidates. */
	@PreAuthorize(DIRECTOR)
	@Transactional(readOnly = true)
	public DestructionBatch destructionBatch(UUID batchId) {
		return batch(batchId);
	}

	/**
	 * Approves a pending batch and destroys, in this one transaction, every candidate
	 * that is still past its retention period and not held; the others are kept. Writes
	 * the number of rows destroyed per table to the audit log, never their content; the
	 * victim compartment's rows are counted as one figure.
	 * @return rows destroyed per table, per destroyed participant
	 * @throws OptimisticLockingFailureException when the batch changed since it was shown
	 */
	@PreAuthorize(DIRECTOR)
	@Transactional
	public Map<UUID, Map<String, Long>> approve(UUID batchId, long version) {
		DestructionBatch batch = batch(batchId);
		int updated = this.jdbc.sql("""
				update retention_batch set status = 'APPROVED', approved_by_username = ?, approved_at = ?,
				    version = version + 1
				where id = ? and version = ? and status = 'PENDING' and agency_id = current_agency_id()""")
			.params(CurrentActor.require().username(), now(), batchId, version)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Retention batch " + batchId + " changed or was approved");
		}
		List<UUID> stillEligible = pastRetention(false).stream().map(DestructionCandidate::participantId).toList();
		Map<UUID, Map<String, Long>> destroyed = new LinkedHashMap<>();
		for (DestructionCandidate candidate : batch.candidates()) {
			UUID participant = candidate.participantId();
			if (!stillEligible.contains(participant)) {
				this.audit.record(AuditAction.UPDATE, BATCH, batchId.toString(),
						"501.200(a) kept, held or served since: " + participant);
				continue;
			}
			Map<String, Long> counts = destroy(participant);
			destroyed.put(participant, counts);
			this.events.publishEvent(new ParticipantRecordsDestroyed(participant, batchId));
			long victimRows = 0;
			for (Map.Entry<String, Long> entry : counts.entrySet()) {
				if (entry.getKey().startsWith(VICTIM_SCHEMA)) {
					victimRows += entry.getValue();
				}
				else {
					this.audit.record(AuditAction.DELETE, entry.getKey(), participant.toString(),
							"501.200(a) batch " + batchId + ": " + entry.getValue() + " rows");
				}
			}
			if (victimRows > 0) {
				this.audit.record(AuditAction.DELETE, "victim_compartment", participant.toString(),
						"501.200(a) batch " + batchId + ": " + victimRows + " rows");
			}
		}
		this.audit.record(AuditAction.UPDATE, BATCH, batchId.toString(),
				"501.200(a) approved; participants destroyed: " + destroyed.size());
		return destroyed;
	}

	private Map<String, Long> destroy(UUID participant) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.jdbc
			.sql("select key, value::bigint as n from jsonb_each_text(retention_destroy_participant(?)) order by key")
			.param(participant)
			.query((rs, row) -> counts.put(rs.getString("key"), rs.getLong("n")))
			.list();
		return counts;
	}

	private DestructionBatch batch(UUID batchId) {
		List<DestructionCandidate> candidates = this.jdbc.sql("""
				select participant_id, last_service_on, eligible_since from retention_candidate
				where batch_id = ? and agency_id = current_agency_id() order by eligible_since, participant_id""")
			.param(batchId)
			.query((rs, row) -> new DestructionCandidate(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
					rs.getObject(3, LocalDate.class)))
			.list();
		return this.jdbc.sql("""
				select id, prepared_on, status, approved_by_username, approved_at, version from retention_batch
				where id = ? and agency_id = current_agency_id()""")
			.param(batchId)
			.query((rs, row) -> new DestructionBatch(rs.getObject("id", UUID.class),
					rs.getObject("prepared_on", LocalDate.class), "APPROVED".equals(rs.getString("status")),
					rs.getString("approved_by_username"),
					Optional.ofNullable(rs.getTimestamp("approved_at")).map(Timestamp::toInstant).orElse(null),
					rs.getLong("version"), candidates))
			.optional()
			.orElseThrow(() -> new RecordNotFoundException(BATCH, batchId));
	}

	/**
	 * Participants past their retention period (501.200(a)): with {@code held} false,
	 * those free to destroy; with true, those an open hold keeps.
	 */
	private List<DestructionCandidate> pastRetention(boolean held) {
		return this.jdbc
			.sql("""
					with last as (
					    select p.id, greatest(p.referred_on, p.stage_changed_on,
					        (select max(s.held_on) from group_attendance a join group_session s on s.id = a.session_id
					         where a.participant_id = p.id),
					        (select max(i.held_on) from group_individual_session i where i.participant_id = p.id),
					        (select max(o.ended_on) from completion_outcome o where o.participant_id = p.id),
					        (select max(t.transferred_on) from transfer_out t where t.participant_id = p.id),
					        (select max((n.written_at at time zone 'America/Chicago')::date) from participant_case_note n
					         where n.participant_id = p.id),
					        (select max(d.decided_on) from participant_referral_decision d where d.participant_id = p.id)
					    ) as last_service_on
					    from participant p where p.agency_id = current_agency_id())
					select l.id, l.last_service_on, (l.last_service_on + make_interval(years => ?))::date + 1 as eligible_since
					from last l
					where (l.last_service_on + make_interval(years => ?))::date < ?
					  and exists (select 1 from retention_hold h where h.agency_id = current_agency_id()
					      and (h.participant_id is null or h.participant_id = l.id)
					      and not exists (select 1 from retention_hold_release r where r.hold_id = h.id)) = ?
					order by eligible_since, l.id""")
			.params(RETENTION_YEARS, RETENTION_YEARS, today(), held)
			.query((rs, row) -> new DestructionCandidate(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
					rs.getObject(3, LocalDate.class)))
			.list();
	}

	private static void checkReason(String reason, Map<String, String> problems) {
		if (reason == null || reason.isBlank()) {
			problems.put("reason", "retention.hold.reason.required");
		}
		else if (reason.length() > MAX_REASON) {
			problems.put("reason", "retention.hold.reason.long");
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ProgramZone.ZONE));
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS));
	}

}
