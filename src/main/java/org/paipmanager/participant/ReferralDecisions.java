package org.paipmanager.participant;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.RecordNotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Accepting and rejecting referrals (PAR-2, 501.230(a)). A referral is decided once: an
 * acceptance moves the participant to screening, a rejection to not admitted, and the
 * decision, the stage move, the audit entries and {@link ReferralDecided} share one
 * transaction.
 */
@Service
@Validated
public class ReferralDecisions {

	static final String RECORD_TYPE = "referral-decision";

	private final Participants participants;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReferralDecisions(Participants participants, JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.participants = participants;
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** An empty decision form: only for those who may decide. */
	@PreAuthorize("hasAuthority('ELIGIBILITY_DECIDE')")
	public ReferralDecisionCommand newDecision() {
		return ReferralDecisionCommand.blank();
	}

	/**
	 * Records the decision on a participant's referral and moves the participant on.
	 * @throws ReferralNotAwaitingDecision when the participant is not at
	 * {@link ProgramStage#REFERRED}
	 */
	@PreAuthorize("hasAuthority('ELIGIBILITY_DECIDE')")
	@Transactional
	public ReferralDecision decide(ParticipantId id, @Valid ReferralDecisionCommand command) {
		Actor actor = CurrentActor.require();
		// Two workers deciding at once: the second waits here, then finds it decided.
		this.jdbc.sql("select id from participant where id = ? for update").param(id.value()).query(UUID.class).list();
		Participant participant = this.participants.findById(id.value())
			.orElseThrow(() -> new RecordNotFoundException(ParticipantManagement.RECORD_TYPE, id));
		ProgramStage current = participant.toDetails().stage();
		if (current != ProgramStage.REFERRED) {
			throw new ReferralNotAwaitingDecision(id, current);
		}
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		LocalDate today = LocalDate.now(this.clock);
		ReferralDecision decision = new ReferralDecision(UUID.randomUUID(), command.outcome(),
				command.rejectionReason(), command.alternativeSanction(), command.explanation(), today, now,
				actor.username());
		// Append-only history: plain SQL, no aggregate.
		this.jdbc.sql("""
				insert into participant_referral_decision (id, agency_id, participant_id, outcome, rejection_reason,
				    alternative_sanction, explanation, decided_on, decided_at, decided_by_staff_id, decided_by_username)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(decision.id(), actor.agencyId().value(), id.value(), decision.outcome().name(),
					name(decision.rejectionReason()), name(decision.alternativeSanction()), decision.explanation(),
					Date.valueOf(today), Timestamp.from(now), actor.staffUuid(), actor.username())
			.update();
		// 501.230(a): accepted referrals go on to intake screening (501.115).
		ProgramStage next = (decision.outcome() == ReferralOutcome.ACCEPTED) ? ProgramStage.SCREENING
				: ProgramStage.NOT_ADMITTED;
		participant.placeAt(next, today);
		this.participants.save(participant);
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, decision.id().toString(),
				"participant=" + id + ", outcome=" + decision.outcome()
						+ ((decision.rejectionReason() != null) ? ", reason=" + decision.rejectionReason() : ""));
		this.audit.record(AuditAction.UPDATE, ParticipantManagement.RECORD_TYPE, id.toString(),
				"stage=" + next + " by referral decision");
		this.events.publishEvent(new ReferralDecided(id, decision.id(), decision.outcome(), decision.rejectionReason(),
				decision.alternativeSanction(), decision.explanation(), today));
		return decision;
	}

	/** The decisions on a participant's referral, newest first. */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public List<ReferralDecision> history(ParticipantId id) {
		List<ReferralDecision> decisions = this.jdbc.sql("""
				select id, outcome, rejection_reason, alternative_sanction, explanation, decided_on, decided_at,
				       decided_by_username
				from participant_referral_decision where participant_id = ? order by decided_at desc""")
			.param(id.value())
			.query((rs, row) -> new ReferralDecision(rs.getObject("id", UUID.class),
					ReferralOutcome.valueOf(rs.getString("outcome")),
					valueOf(RejectionReason.class, rs.getString("rejection_reason")),
					valueOf(AlternativeSanction.class, rs.getString("alternative_sanction")),
					rs.getString("explanation"), rs.getObject("decided_on", LocalDate.class),
					rs.getTimestamp("decided_at").toInstant(), rs.getString("decided_by_username")))
			.list();
		this.audit.record(AuditAction.READ, RECORD_TYPE + "-history", id.toString(), "rows=" + decisions.size());
		return decisions;
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static <E extends Enum<E>> E valueOf(Class<E> type, String name) {
		return (name != null) ? Enum.valueOf(type, name) : null;
	}

}
