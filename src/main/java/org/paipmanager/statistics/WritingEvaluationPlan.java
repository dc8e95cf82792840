package org.paipmanager.statistics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.validation.Valid;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.CurrentActor;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The agency's written evaluation plan (501.170, OUT-2), kept as numbered revisions: each
 * save adds one, none is changed, and a save based on a revision that is no longer the
 * newest is refused as a conflict. The director writes it.
 */
@Service
@Validated
public class WritingEvaluationPlan {

	static final String RECORD_TYPE = "evaluation-plan";

	private static final String COLUMNS = "revision, goals, measures, data_collected, schedule, saved_by_username, saved_at";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	WritingEvaluationPlan(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The plan in force: the newest revision, or an empty plan at revision 0. */
	@PreAuthorize("hasAuthority('STATISTICS_READ')")
	@Transactional
	public EvaluationPlan current() {
		EvaluationPlan plan = this.jdbc
			.sql("select " + COLUMNS + " from statistics_evaluation_plan order by revision desc limit 1")
			.query(this::plan)
			.optional()
			.orElseGet(EvaluationPlan::none);
		this.audit.record(AuditAction.READ, RECORD_TYPE, String.valueOf(plan.revision()), null);
		return plan;
	}

	/** Every revision, newest first, for the history. */
	@PreAuthorize("hasAuthority('STATISTICS_READ')")
	@Transactional(readOnly = true)
	public List<EvaluationPlan> revisions() {
		return this.jdbc.sql("select " + COLUMNS + " from statistics_evaluation_plan order by revision desc")
			.query(this::plan)
			.list();
	}

	/**
	 * Saves a new revision on top of the one the editor started from.
	 * @return the new revision number
	 * @throws OptimisticLockingFailureException when someone saved a newer revision after
	 * the editor read the plan
	 */
	@PreAuthorize("hasAuthority('STATISTICS_READ') and hasAuthority('AGENCY_WRITE')")
	@Transactional
	public int save(@Valid EvaluationPlanCommand command) {
		int newest = this.jdbc.sql("select coalesce(max(revision), 0) from statistics_evaluation_plan")
			.query(Integer.class)
			.single();
		if (newest != command.baseRevision()) {
			throw new OptimisticLockingFailureException("The evaluation plan is at revision " + newest
					+ ", the edit was based on revision " + command.baseRevision());
		}
		Actor actor = CurrentActor.require();
		int revision = newest + 1;
		try {
			this.jdbc.sql("""
					insert into statistics_evaluation_plan (agency_id, revision, goals, measures, data_collected,
					    schedule, saved_by_staff_id, saved_by_username, saved_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(actor.agencyId().value(), revision, command.goals().strip(), command.measures().strip(),
						command.dataCollected().strip(), command.schedule().strip(), actor.staffUuid(),
						actor.username(), Timestamp.from(Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS)))
				.update();
		}
		catch (DuplicateKeyException ex) {
			// Two editors saved on the same revision at once: the second one is stale.
			throw new OptimisticLockingFailureException("The evaluation plan was saved meanwhile", ex);
		}
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, String.valueOf(revision), "rule=501.170");
		return revision;
	}

	private EvaluationPlan plan(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new EvaluationPlan(rs.getInt("revision"), rs.getString("goals"), rs.getString("measures"),
				rs.getString("data_collected"), rs.getString("schedule"), rs.getString("saved_by_username"),
				rs.getTimestamp("saved_at").toInstant().atZone(this.clock.getZone()).toLocalDateTime());
	}

}
