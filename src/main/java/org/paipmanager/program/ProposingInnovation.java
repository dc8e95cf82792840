package org.paipmanager.program;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.program.domain.Deadline;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.RecordNotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Program innovation (PRG-9, 501.310): a proposal is recorded only with all seven
 * conditions of 501.310(a); the Department decides after the PASC's recommendation
 * (501.310(b)); an approved innovation's evaluation is due by the date within its
 * accepted time limit and flagged once that date has passed without one.
 */
@Service
@Validated
public class ProposingInnovation {

	static final String INNOVATION = "program-innovation";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final ProgramDates dates;

	ProposingInnovation(JdbcClient jdbc, AuditLog audit, ProgramDates dates) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.dates = dates;
	}

	/** Every proposal, the latest submitted first. */
	@PreAuthorize(ApplyingForProtocol.READ)
	@Transactional
	public List<InnovationView> proposals() {
		List<InnovationView> found = this.jdbc
			.sql("select * from program_innovation order by submitted_on desc, recorded_at desc")
			.query(this::mapInnovation)
			.list();
		this.audit.record(AuditAction.READ, INNOVATION + "-list", null, "rows=" + found.size());
		return found;
	}

	@PreAuthorize(ApplyingForProtocol.READ)
	@Transactional
	public InnovationView proposal(UUID id) {
		InnovationView view = load(id);
		this.audit.record(AuditAction.READ, INNOVATION, id.toString(), null);
		return view;
	}

	/**
	 * Records a proposal submitted to the Department and the PASC.
	 * @throws ProgramRefused when the time limit does not leave room for the evaluation
	 * (501.310(a)(4)) or a date is in the future; a missing condition is refused by
	 * validation with its paragraph
	 */
	@PreAuthorize(ApplyingForProtocol.WRITE)
	@Transactional
	public UUID submit(@Valid InnovationCommand command) {
		Map<String, String> problems = new LinkedHashMap<>();
		this.dates.notInFuture(command.submittedOn(), "submittedOn", problems);
		if (!command.timeLimitOn().isAfter(command.trialStartsOn())) {
			problems.put("timeLimitOn", "program.innovation.timeLimitBeforeStart");
		}
		if (!command.evaluationDueOn().isAfter(command.trialStartsOn())
				|| command.evaluationDueOn().isAfter(command.timeLimitOn())) {
			problems.put("evaluationDueOn", "program.innovation.evaluationOutsideLimit");
		}
		if (!problems.isEmpty()) {
			throw new ProgramRefused(problems);
		}
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into program_innovation (id, agency_id, title, written_plan, reasons, accepts_monitoring,
				    trial_starts_on, time_limit_on, evaluation_due_on, evaluation_process, principles_adherence,
				    evidence_base, submitted_on, recorded_by_username, recorded_at)
				values (?, current_agency_id(), ?, ?, ?, true, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, command.title().strip(), command.writtenPlan().strip(), command.reasons().strip(),
					command.trialStartsOn(), command.timeLimitOn(), command.evaluationDueOn(),
					command.evaluationProcess().strip(), command.principlesAdherence().strip(),
					command.evidenceBase().strip(), command.submittedOn(), CurrentActor.require().username(),
					this.dates.now())
			.update();
		this.audit.record(AuditAction.CREATE, INNOVATION, id.toString(),
				"501.310 submitted " + command.submittedOn() + ", evaluation due " + command.evaluationDueOn());
		return id;
	}

	/**
	 * Records the Department's decision (501.310(b)).
	 * @throws ProgramRefused when it was decided already or the date is before submission
	 */
	@PreAuthorize(ApplyingForProtocol.WRITE)
	@Transactional
	public InnovationView decide(UUID id, long version, @Valid InnovationDecisionCommand command) {
		InnovationView proposal = load(id);
		Map<String, String> problems = new LinkedHashMap<>();
		if (proposal.decision() != null) {
			problems.put("*", "program.innovation.decided");
		}
		this.dates.notInFuture(command.decidedOn(), "decidedOn", problems);
		if (command.decidedOn().isBefore(proposal.submittedOn())) {
			problems.putIfAbsent("decidedOn", "program.innovation.decisionBeforeSubmission");
		}
		if (!problems.isEmpty()) {
			throw new ProgramRefused(problems);
		}
		int updated = this.jdbc
			.sql("""
					update program_innovation set decision = ?, decided_on = ?, pasc_recommendation = ?, version = version + 1
					where id = ? and version = ?""")
			.params(command.decision().name(), command.decidedOn(),
					ApplyingForProtocol.blankToNull(command.pascRecommendation()), id, version)
			.update();
		ProgramDates.expectUpdated(updated, INNOVATION, id, version);
		this.audit.record(AuditAction.UPDATE, INNOVATION, id.toString(),
				"501.310(b) " + command.decision() + " on " + command.decidedOn());
		return load(id);
	}

	/**
	 * Records the evaluation of an approved innovation (501.310(a)(4), (5)).
	 * @throws ProgramRefused when the innovation is not approved, was evaluated already,
	 * or the date is before the trial started
	 */
	@PreAuthorize(ApplyingForProtocol.WRITE)
	@Transactional
	public InnovationView recordEvaluation(UUID id, long version, @Valid InnovationEvaluationCommand command) {
		InnovationView proposal = load(id);
		Map<String, String> problems = new LinkedHashMap<>();
		if (!proposal.approved()) {
			problems.put("*", "program.innovation.notApproved");
		}
		else if (proposal.outcome() != null) {
			problems.put("*", "program.innovation.evaluated");
		}
		this.dates.notInFuture(command.evaluatedOn(), "evaluatedOn", problems);
		if (command.evaluatedOn().isBefore(proposal.trialStartsOn())) {
			problems.putIfAbsent("evaluatedOn", "program.innovation.evaluationBeforeTrial");
		}
		if (!problems.isEmpty()) {
			throw new ProgramRefused(problems);
		}
		int updated = this.jdbc.sql("""
				update program_innovation set evaluated_on = ?, outcome = ?, findings = ?, version = version + 1
				where id = ? and version = ?""")
			.params(command.evaluatedOn(), command.outcome().name(), command.findings().strip(), id, version)
			.update();
		ProgramDates.expectUpdated(updated, INNOVATION, id, version);
		this.audit.record(AuditAction.UPDATE, INNOVATION, id.toString(),
				"501.310(a)(4) evaluated " + command.outcome() + " on " + command.evaluatedOn());
		return load(id);
	}

	/** Evaluations of approved innovations not recorded yet, for the due list. */
	List<DueItem> due(LocalDate today) {
		return this.jdbc
			.sql("""
					select title, evaluation_due_on from program_innovation where decision = 'APPROVED' and outcome is null""")
			.query((rs, row) -> {
				Deadline deadline = new Deadline(rs.getObject(2, LocalDate.class), "501.310(a)(4)");
				return new DueItem(DueItem.Kind.INNOVATION_EVALUATION, rs.getString(1), deadline.dueOn(),
						deadline.daysLeft(today), deadline.overdue(today), deadline.section(), "/program/innovation");
			})
			.list();
	}

	private InnovationView load(UUID id) {
		return this.jdbc.sql("select * from program_innovation where id = ?")
			.param(id)
			.query(this::mapInnovation)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException(INNOVATION, id));
	}

	private InnovationView mapInnovation(ResultSet rs, int row) throws SQLException {
		String decision = rs.getString("decision");
		String outcome = rs.getString("outcome");
		LocalDate evaluationDue = rs.getObject("evaluation_due_on", LocalDate.class);
		boolean overdue = "APPROVED".equals(decision) && outcome == null
				&& new Deadline(evaluationDue, "501.310(a)(4)").overdue(this.dates.today());
		return new InnovationView(rs.getObject("id", UUID.class), rs.getLong("version"), rs.getString("title"),
				rs.getString("written_plan"), rs.getString("reasons"), rs.getBoolean("accepts_monitoring"),
				rs.getObject("trial_starts_on", LocalDate.class), rs.getObject("time_limit_on", LocalDate.class),
				evaluationDue, rs.getString("evaluation_process"), rs.getString("principles_adherence"),
				rs.getString("evidence_base"), rs.getObject("submitted_on", LocalDate.class),
				rs.getString("pasc_recommendation"),
				(decision != null) ? InnovationDecisionCommand.Decision.valueOf(decision) : null,
				rs.getObject("decided_on", LocalDate.class), rs.getObject("evaluated_on", LocalDate.class),
				(outcome != null) ? InnovationEvaluationCommand.Outcome.valueOf(outcome) : null,
				rs.getString("findings"), overdue);
	}

}
