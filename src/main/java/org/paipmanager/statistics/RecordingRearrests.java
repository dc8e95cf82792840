package org.paipmanager.statistics;

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
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.ParticipantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Re-arrests of participants during the program, by category of offence (501.170(g)). A
 * re-arrest recorded is a fact: it is never changed. Every read and record is audited.
 */
@Service
@Validated
public class RecordingRearrests {

	static final String RECORD_TYPE = "rearrest";

	private static final String RULE = "501.170(g)";

	private final JdbcClient jdbc;

	private final ParticipantManagement participants;

	private final AuditLog audit;

	private final Clock clock;

	RecordingRearrests(JdbcClient jdbc, ParticipantManagement participants, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.participants = participants;
		this.audit = audit;
		this.clock = clock;
	}

	/** The participant's re-arrests, newest first. */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public List<Rearrest> rearrests(ParticipantId participant) {
		List<Rearrest> found = this.jdbc.sql("""
				select id, arrested_on, offence_category, recorded_by_username from statistics_rearrest
				where participant_id = ? order by arrested_on desc, recorded_at desc""")
			.param(participant.value())
			.query((rs, row) -> new Rearrest(rs.getObject("id", UUID.class),
					rs.getObject("arrested_on", LocalDate.class),
					OffenceCategory.valueOf(rs.getString("offence_category")), rs.getString("recorded_by_username")))
			.list();
		this.audit.record(AuditAction.READ, RECORD_TYPE + "-list", null,
				"participant=" + participant + ", rows=" + found.size());
		return found;
	}

	/**
	 * Records a re-arrest during the program.
	 * @throws RearrestRefused when the participant has not started the program, or the
	 * date precedes the program start or is in the future
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	@Transactional
	public UUID record(ParticipantId participantId, @Valid RearrestCommand command) {
		ParticipantDetails participant = this.participants.get(participantId);
		LocalDate today = LocalDate.now(this.clock);
		if (participant.programStartDate() == null) {
			throw new RearrestRefused("arrestedOn", "statistics.rearrest.notStarted");
		}
		if (command.arrestedOn().isBefore(participant.programStartDate())) {
			throw new RearrestRefused("arrestedOn", "statistics.rearrest.beforeStart");
		}
		if (command.arrestedOn().isAfter(today)) {
			throw new RearrestRefused("arrestedOn", "statistics.rearrest.future");
		}
		Actor actor = CurrentActor.require();
		UUID id = UUID.randomUUID();
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		this.jdbc.sql("""
				insert into statistics_rearrest (id, agency_id, participant_id, arrested_on, offence_category,
				    recorded_by_staff_id, recorded_by_username, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, actor.agencyId().value(), participantId.value(), command.arrestedOn(),
					command.offenceCategory().name(), actor.staffUuid(), actor.username(), Timestamp.from(now))
			.update();
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, id.toString(),
				"participant=" + participantId + ", category=" + command.offenceCategory() + ", rule=" + RULE);
		return id;
	}

}
