package org.paipmanager.eligibility;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.eligibility.domain.EligibilityProposal;
import org.paipmanager.eligibility.domain.EligibilityProposal.Outcome;
import org.paipmanager.eligibility.domain.EligibilityRules;
import org.paipmanager.intake.IntakeScreenings;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.ParticipantId;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Eligibility decisions: the rules propose, staff confirm or override with a reason, and
 * every decision is kept; a later one supersedes, never replaces, the earlier
 * (501.125(d)(1)). The participant's stage follows the decision in the same transaction.
 */
@Service
@Validated
public class EligibilityDecisions {

	static final String RECORD_TYPE = "eligibility-decision";

	private final JdbcClient jdbc;

	private final ParticipantManagement participants;

	private final AuditLog audit;

	private final JsonMapper json;

	private final Clock clock;

	private final IntakeScreenings screenings;

	private final ApplicationEventPublisher events;

	EligibilityDecisions(JdbcClient jdbc, ParticipantManagement participants, IntakeScreenings screenings,
			AuditLog audit, JsonMapper json, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
		this.participants = participants;
		this.screenings = screenings;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	/** What the rules propose for these findings; nothing is recorded. */
	@PreAuthorize("hasAuthority('ELIGIBILITY_DECIDE')")
	public EligibilityProposal propose(EligibilityDecisionCommand command) {
		return EligibilityRules.evaluate(command.findings());
	}

	/**
	 * Records a decision for a participant: the proposal confirmed, or overridden with a
	 * reason.
	 * @throws IllegalArgumentException when an override names the proposed outcome itself
	 * @throws ScreeningNotComplete when the face-to-face screening is not complete
	 * (501.115(a)(2))
	 * @see EligibilityDecided published in the same transaction
	 */
	@PreAuthorize("hasAuthority('ELIGIBILITY_DECIDE')")
	@Transactional
	public UUID decide(ParticipantId participantId, @Valid EligibilityDecisionCommand command) {
		if (!this.screenings.summary(participantId).complete()) {
			throw new ScreeningNotComplete(participantId);
		}
		EligibilityProposal proposal = EligibilityRules.evaluate(command.findings());
		Outcome decided = command.override() ? command.overrideOutcome() : proposal.outcome();
		if (command.override() && decided == proposal.outcome()) {
			throw new IllegalArgumentException("An override must choose another outcome than the proposal");
		}
		Actor actor = CurrentActor.require();
		Previous previous = this.jdbc.sql(
				"select id, decided_at from eligibility_decision where participant_id = ? order by decided_at desc limit 1")
			.param(participantId.value())
			.query((rs, row) -> new Previous(rs.getObject("id", UUID.class), rs.getTimestamp("decided_at").toInstant()))
			.optional()
			.orElse(Previous.NONE);
		UUID id = UUID.randomUUID();
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		// Append-only history with a JSON snapshot of the findings: plain SQL, no
		// aggregate to load.
		this.jdbc.sql("""
				insert into eligibility_decision (id, agency_id, participant_id, findings, proposed_outcome,
				    decided_outcome, sections, follow_ups, override_reason, decided_by_staff_id, decided_by_username,
				    decided_at, supersedes_id)
				values (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, actor.agencyId().value(), participantId.value(),
					this.json.writeValueAsString(command.findings()), proposal.outcome().name(), decided.name(),
					proposal.sections().toArray(String[]::new),
					proposal.followUps().stream().map(Enum::name).toArray(String[]::new),
					command.override() ? command.overrideReason().strip() : null, actor.staffUuid(), actor.username(),
					Timestamp.from(now), previous.id())
			.update();
		LocalDate decidedOn = LocalDate.now(this.clock);
		this.participants.recordEligibility(participantId, decided == Outcome.ELIGIBLE, decidedOn);
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, id.toString(),
				"participant=" + participantId + ", outcome=" + decided + (command.override() ? ", overridden" : ""));
		this.events.publishEvent(new EligibilityDecided(participantId, id, decided.name(), command.override(),
				proposal.sections(), proposal.followUps().stream().map(Enum::name).toList(), decidedOn, previous.id(),
				(previous.decidedAt() != null) ? LocalDate.ofInstant(previous.decidedAt(), this.clock.getZone())
						: null));
		return id;
	}

	/**
	 * The decision form for a participant, with what the screening already answers.
	 */
	@PreAuthorize("hasAuthority('ELIGIBILITY_DECIDE')")
	public EligibilityDecisionCommand newDecision(ParticipantId participantId) {
		return EligibilityDecisionCommand.fromScreening(this.screenings.summary(participantId));
	}

	/** Whether the screening a decision needs is complete. */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	public boolean screeningComplete(ParticipantId participantId) {
		return this.screenings.summary(participantId).complete();
	}

	/**
	 * Every decision for a participant, newest first; older ones are marked superseded.
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public List<EligibilityDecisionView> history(ParticipantId participantId) {
		List<EligibilityDecisionView> decisions = this.jdbc.sql("""
				select id, proposed_outcome, decided_outcome, sections, follow_ups, override_reason,
				       decided_by_username, decided_at,
				       exists (select 1 from eligibility_decision later where later.supersedes_id = d.id) as superseded
				from eligibility_decision d where participant_id = ? order by decided_at desc""")
			.param(participantId.value())
			.query((rs, row) -> new EligibilityDecisionView(rs.getObject("id", UUID.class),
					Outcome.valueOf(rs.getString("proposed_outcome")), Outcome.valueOf(rs.getString("decided_outcome")),
					strings(rs.getArray("sections")), strings(rs.getArray("follow_ups")),
					rs.getString("override_reason"), rs.getString("decided_by_username"),
					rs.getTimestamp("decided_at").toInstant(), rs.getBoolean("superseded")))
			.list();
		this.audit.record(AuditAction.READ, RECORD_TYPE + "-history", participantId.toString(), null);
		return decisions;
	}

	private record Previous(UUID id, Instant decidedAt) {

		static final Previous NONE = new Previous(null, null);

	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}

}
