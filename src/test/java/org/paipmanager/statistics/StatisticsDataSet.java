package org.paipmanager.statistics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.paipmanager.OwnerDatabase;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;

import org.springframework.core.env.Environment;

/**
 * Builds the rows behind the 501.170 figures of one agency directly in the database, as
 * the modules that own them would have stored them, with defaults for everything a figure
 * does not read. Runs as the owner with foreign-key triggers off, so a referral out or an
 * attendance row needs no release, group or staff record behind it.
 */
final class StatisticsDataSet implements AutoCloseable {

	private final Connection owner;

	private final AgencyId agency;

	private StatisticsDataSet(Connection owner, AgencyId agency) {
		this.owner = owner;
		this.agency = agency;
	}

	static StatisticsDataSet in(Environment environment, AgencyId agency) {
		try {
			Connection owner = OwnerDatabase.connect(environment);
			try (var statement = owner.createStatement()) {
				statement.execute("set session_replication_role = replica");
			}
			return new StatisticsDataSet(owner, agency);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Renames the agency and puts it in a region (COO-5). */
	StatisticsDataSet agency(String name, String region) {
		exec("update agency set name = ?, region = ? where id = ?", name, region, this.agency.value());
		return this;
	}

	/** A referral; the stage and program start as given (start may be null). */
	ParticipantId participant(String firstName, LocalDate dateOfBirth, String source, LocalDate referredOn,
			String stage, LocalDate programStart) {
		UUID id = UUID.randomUUID();
		exec("""
				insert into participant (id, agency_id, first_name, last_name, date_of_birth, gender, preferred_language,
				    referral_source, referred_on, stage, stage_changed_on, version, program_start_date)
				values (?, ?, ?, 'Sample', ?, 'MALE', 'English', ?, ?, ?, ?, 0, ?)""",
				id, this.agency.value(), firstName, dateOfBirth, source, referredOn, stage, referredOn, programStart);
		return new ParticipantId(id);
	}

	/** A completed intake screening with the given answers (501.115(b)). */
	StatisticsDataSet screening(ParticipantId participant, LocalDate completedOn, Map<String, String> answers) {
		UUID id = UUID.randomUUID();
		Timestamp at = Timestamp.from(completedOn.atTime(15, 0).toInstant(ZoneOffset.UTC));
		exec("""
				insert into intake_screening (id, agency_id, participant_id, started_at, started_by, last_saved_at,
				    last_saved_by, completed_at, completed_by, version)
				values (?, ?, ?, ?, 'intake', ?, 'intake', ?, 'intake', 1)""", id, this.agency.value(),
				participant.value(), at, at, at);
		answers.forEach((code, answer) -> exec(
				"insert into intake_screening_answer (screening_id, agency_id, field_code, answer) values (?, ?, ?, ?)",
				id, this.agency.value(), code, answer));
		return this;
	}

	StatisticsDataSet referralRejected(ParticipantId participant, LocalDate on, String reason) {
		exec("""
				insert into participant_referral_decision (id, agency_id, participant_id, outcome, rejection_reason,
				    alternative_sanction, explanation, decided_on, decided_at, decided_by_username)
				values (?, ?, ?, 'REJECTED', ?, 'OTHER', 'Explained', ?, ?, 'intake')""", UUID.randomUUID(),
				this.agency.value(), participant.value(), reason, on, noon(on));
		return this;
	}

	/** An eligibility decision; returns its id so that a later one can supersede it. */
	UUID eligibility(ParticipantId participant, LocalDate on, String outcome, UUID supersedes) {
		UUID id = UUID.randomUUID();
		exec("""
				insert into eligibility_decision (id, agency_id, participant_id, findings, proposed_outcome,
				    decided_outcome, sections, follow_ups, decided_by_username, decided_at, supersedes_id)
				values (?, ?, ?, '{}'::jsonb, ?, ?, '{}', '{}', 'intake', ?, ?)""", id, this.agency.value(),
				participant.value(), outcome, outcome, noon(on), supersedes);
		return id;
	}

	StatisticsDataSet ended(ParticipantId participant, LocalDate on, String outcome) {
		exec("""
				insert into completion_outcome (id, agency_id, participant_id, outcome, ended_on, termination_reason,
				    sessions_attended, hours_attended, decided_by_username, recorded_at)
				values (?, ?, ?, ?, ?, ?, 24, 36, 'director', ?)""", UUID.randomUUID(), this.agency.value(),
				participant.value(), outcome, on, "TERMINATED".equals(outcome) ? "NONCOMPLIANCE" : null, noon(on));
		return this;
	}

	StatisticsDataSet rearrest(ParticipantId participant, LocalDate on, String category) {
		exec("""
				insert into statistics_rearrest (id, agency_id, participant_id, arrested_on, offence_category,
				    recorded_by_username, recorded_at)
				values (?, ?, ?, ?, ?, 'intake', ?)""", UUID.randomUUID(), this.agency.value(), participant.value(), on,
				category, noon(on));
		return this;
	}

	StatisticsDataSet referredOut(ParticipantId participant, LocalDate on, String category) {
		exec("""
				insert into coordination_outgoing_referral (id, agency_id, participant_id, category, partner_agency_id,
				    partner_agency_name, purpose, referred_on, release_id, recorded_by_username, recorded_at)
				values (?, ?, ?, ?, ?, 'Partner', 'Assessment', ?, ?, 'intake', ?)""", UUID.randomUUID(),
				this.agency.value(), participant.value(), category, UUID.randomUUID(), on, UUID.randomUUID(), noon(on));
		return this;
	}

	/** A group session and the hours each participant attended it. */
	StatisticsDataSet groupSession(LocalDate on, int minutes, Map<ParticipantId, String> hours) {
		UUID session = UUID.randomUUID();
		exec("""
				insert into group_session (id, agency_id, group_id, held_on, minutes, recorded_at, recorded_by, version)
				values (?, ?, ?, ?, ?, ?, 'facilitator', 0)""", session, this.agency.value(), UUID.randomUUID(), on,
				minutes, noon(on));
		hours.forEach((participant, attended) -> exec("""
				insert into group_attendance (session_id, agency_id, participant_id, status, hours)
				values (?, ?, ?, ?, ?::numeric)""", session, this.agency.value(), participant.value(),
				"0".equals(attended) ? "ABSENT" : "PRESENT", attended));
		return this;
	}

	StatisticsDataSet individualSession(ParticipantId participant, LocalDate on, int minutes, int sequence) {
		exec("""
				insert into group_individual_session (id, agency_id, participant_id, held_on, minutes, staff_id,
				    staff_name, topic, progress_note, reason, sequence_number, recorded_by_username, recorded_at)
				values (?, ?, ?, ?, ?, ?, 'Staff', 'Topic', 'Note', 'Reason', ?, 'facilitator', ?)""",
				UUID.randomUUID(), this.agency.value(), participant.value(), on, minutes, UUID.randomUUID(), sequence,
				noon(on));
		return this;
	}

	private static Timestamp noon(LocalDate on) {
		return Timestamp.from(on.atTime(12, 0).toInstant(ZoneOffset.UTC));
	}

	private void exec(String sql, Object... params) {
		try (PreparedStatement statement = this.owner.prepareStatement(sql)) {
			for (int i = 0; i < params.length; i++) {
				statement.setObject(i + 1, params[i]);
			}
			statement.executeUpdate();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.owner.close();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
