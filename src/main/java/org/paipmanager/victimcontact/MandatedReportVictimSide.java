package org.paipmanager.victimcontact;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.paipmanager.shared.ProgramZone;
import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Permission;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The victim side of a mandated report (501.220, 501.190(d)): the compartment's only door
 * for the mandated-report module, and deliberately narrow. It stores where the
 * information came from, the victim's consent, the danger and risk assessments, what was
 * said and each attempt to notify the victim, encrypted, in schema {@code victim}; and it
 * keeps the steps the victim liaison still has to take when the person recording a report
 * may not enter the compartment. Codes (source, consent, steps) are plain strings so that
 * the compartment depends on no module outside it. Audit rows carry ids and counts only.
 */
@Service
public class MandatedReportVictimSide {

	static final String RECORD_TYPE = "mandated-report-victim-side";

	private static final String NONE = "NONE";

	private final VictimDatabase database;

	private final VictimFieldCipher cipher;

	private final VictimContactManagement compartment;

	private final AuditLog audit;

	private final Clock clock;

	MandatedReportVictimSide(VictimDatabase database, VictimFieldCipher cipher, VictimContactManagement compartment,
			AuditLog audit, Clock clock) {
		this.database = database;
		this.cipher = cipher;
		this.compartment = compartment;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Whether the current actor may record victim-side details now: holds
	 * {@code VICTIM_CONTACT_ACCESS} and needs no step-up. Reads no data.
	 */
	@PreAuthorize("hasAuthority('MANDATED_REPORT_WRITE')")
	public boolean mayEnter() {
		Actor actor = CurrentActor.require();
		return actor.hasPermission(Permission.VICTIM_CONTACT_ACCESS) && !this.compartment.stepUpNeeded();
	}

	/**
	 * Whether the current actor holds compartment access but must step up first. Reads no
	 * data.
	 */
	@PreAuthorize("hasAuthority('MANDATED_REPORT_WRITE')")
	public boolean stepUpWouldOpen() {
		Actor actor = CurrentActor.require();
		return actor.hasPermission(Permission.VICTIM_CONTACT_ACCESS) && this.compartment.stepUpNeeded();
	}

	/**
	 * Records the victim side of a reported event, by someone inside the compartment.
	 * Steps left outstanding become the liaison's follow-up.
	 */
	@PreAuthorize("hasAuthority('VICTIM_CONTACT_ACCESS')")
	@Transactional
	public void record(Entry entry) {
		requireEntry();
		Actor actor = CurrentActor.require();
		this.database.write(() -> {
			insert(actor, entry.eventId(), entry.participantId(), entry.facts(), entry.victimConsent(),
					entry.jeopardyAssessment(), entry.riskAssessment(), entry.statement(), entry.assessmentNote(),
					entry.reportWithheld(), entry.outstandingSteps());
			entry.attempts().forEach((attempt) -> insertAttempt(actor, entry.eventId(), attempt));
			return null;
		});
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, entry.eventId().toString(),
				"participant=" + entry.participantId() + ", attempts=" + entry.attempts().size() + ", outstanding="
						+ entry.outstandingSteps().size());
	}

	/**
	 * Hands the victim-side steps of a report to the victim liaison, for someone who may
	 * not enter the compartment (a facilitator who hears a threat). Carries no victim
	 * content: the facts of the event and the steps only.
	 */
	@PreAuthorize("hasAuthority('MANDATED_REPORT_WRITE')")
	@Transactional
	public void handOver(UUID eventId, ParticipantId participantId, Facts facts, List<Step> steps) {
		Actor actor = CurrentActor.require();
		this.database.write(() -> {
			insert(actor, eventId, participantId, facts, NONE, NONE, NONE, null, null, false, steps);
			return null;
		});
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, eventId.toString(),
				"participant=" + participantId + ", handedOver=" + steps.size());
	}

	/** A report's victim side, for the liaison's follow-up page. */
	@PreAuthorize("hasAuthority('VICTIM_CONTACT_ACCESS')")
	@Transactional
	public Optional<FollowUp> followUp(UUID eventId) {
		requireEntry();
		Optional<FollowUp> found = this.database.read(() -> this.database.jdbc()
			.sql("select " + COLUMNS + " from victim.report_victim_side where id = ?")
			.param(eventId)
			.query((rs, row) -> followUp(rs))
			.optional());
		this.audit.record(AuditAction.READ, RECORD_TYPE, eventId.toString(),
				"found=" + found.isPresent() + ", attempts=" + found.map((f) -> f.attempts().size()).orElse(0));
		return found;
	}

	/**
	 * The follow-ups still outstanding for a participant, for the liaison's compartment
	 * page.
	 */
	@PreAuthorize("hasAuthority('VICTIM_CONTACT_ACCESS')")
	@Transactional
	public List<FollowUp> outstanding(ParticipantId participantId) {
		requireEntry();
		List<FollowUp> found = this.database.read(() -> this.database.jdbc()
			.sql("select " + COLUMNS
					+ " from victim.report_victim_side where participant_id = ? and follow_up_outstanding order by recorded_at")
			.param(participantId.value())
			.query((rs, row) -> followUp(rs))
			.list());
		this.audit.record(AuditAction.READ, RECORD_TYPE + "-outstanding", participantId.toString(),
				"rows=" + found.size());
		return found;
	}

	/**
	 * The liaison completes a report's victim-side steps: notification attempts and a
	 * note.
	 * @throws OptimisticLockingFailureException when someone completed or changed it
	 * after {@code version} was read
	 */
	@PreAuthorize("hasAuthority('VICTIM_CONTACT_ACCESS')")
	@Transactional
	public void complete(UUID eventId, long version, String riskAssessment, String note, List<Attempt> attempts) {
		requireEntry();
		Actor actor = CurrentActor.require();
		int changed = this.database.write(() -> {
			int updated = this.database.jdbc()
				.sql("""
						update victim.report_victim_side set follow_up_outstanding = false, outstanding_steps = '',
						    risk_assessment = case when ? = 'NONE' then risk_assessment else ? end,
						    assessment_cipher = coalesce(?, assessment_cipher), completed_by_username = ?,
						    completed_at = ?, version = version + 1
						where id = ? and version = ? and follow_up_outstanding""")
				.params(riskAssessment, riskAssessment, this.cipher.seal(note, "assessment", eventId), actor.username(),
						now(), eventId, version)
				.update();
			if (updated == 1) {
				attempts.forEach((attempt) -> insertAttempt(actor, eventId, attempt));
			}
			return updated;
		});
		if (changed == 0) {
			throw new OptimisticLockingFailureException(
					"Report follow-up " + eventId + " changed since version " + version);
		}
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, eventId.toString(),
				"completed, attempts=" + attempts.size());
	}

	private static final String COLUMNS = """
			id, participant_id, information_source, concerns, victim_consent, jeopardy_assessment, risk_assessment,
			statement_cipher, assessment_cipher, report_withheld, outstanding_steps, follow_up_outstanding,
			recorded_by_username, recorded_at, version""";

	private FollowUp followUp(java.sql.ResultSet rs) throws java.sql.SQLException {
		UUID id = rs.getObject("id", UUID.class);
		List<Attempt> attempts = this.database.jdbc().sql("""
				select id, attempted_at, method, reached, said_cipher from victim.report_victim_notification
				where report_id = ? order by attempted_at""").param(id).query((a, row) -> {
			UUID attemptId = a.getObject("id", UUID.class);
			return new Attempt(a.getTimestamp("attempted_at").toInstant(), a.getString("method"),
					a.getBoolean("reached"), this.cipher.open(a.getString("said_cipher"), "said", attemptId));
		}).list();
		return new FollowUp(id, new ParticipantId(rs.getObject("participant_id", UUID.class)),
				new Facts(rs.getString("information_source"), codes(rs.getString("concerns"))),
				rs.getString("victim_consent"), rs.getString("jeopardy_assessment"), rs.getString("risk_assessment"),
				this.cipher.open(rs.getString("statement_cipher"), "statement", id),
				this.cipher.open(rs.getString("assessment_cipher"), "assessment", id), rs.getBoolean("report_withheld"),
				steps(rs.getString("outstanding_steps")), rs.getBoolean("follow_up_outstanding"),
				rs.getString("recorded_by_username"), rs.getTimestamp("recorded_at").toInstant(), attempts,
				rs.getLong("version"));
	}

	private void insert(Actor actor, UUID eventId, ParticipantId participantId, Facts facts, String consent,
			String jeopardy, String risk, String statement, String assessmentNote, boolean withheld, List<Step> steps) {
		this.database.jdbc()
			.sql("""
					insert into victim.report_victim_side (id, agency_id, participant_id, information_source, concerns,
					    victim_consent, jeopardy_assessment, risk_assessment, statement_cipher, assessment_cipher,
					    report_withheld, outstanding_steps, follow_up_outstanding, recorded_by_username, recorded_at,
					    version)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(eventId, actor.agencyId().value(), participantId.value(), facts.informationSource(),
					String.join(",", facts.concerns()), consent, jeopardy, risk,
					this.cipher.seal(statement, "statement", eventId),
					this.cipher.seal(assessmentNote, "assessment", eventId), withheld,
					steps.stream().map((s) -> s.code() + "@" + s.section()).collect(Collectors.joining(";")),
					!steps.isEmpty(), actor.username(), now())
			.update();
	}

	private void insertAttempt(Actor actor, UUID eventId, Attempt attempt) {
		UUID id = UUID.randomUUID();
		this.database.jdbc()
			.sql("""
					insert into victim.report_victim_notification (id, agency_id, report_id, attempted_at, method,
					    reached, said_cipher, recorded_by_username, recorded_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, actor.agencyId().value(), eventId, Timestamp.from(attempt.at()), attempt.method(),
					attempt.reached(), this.cipher.seal(attempt.said(), "said", id), actor.username(), now())
			.update();
	}

	private void requireEntry() {
		if (this.compartment.stepUpNeeded()) {
			throw new StepUpRequired();
		}
	}

	private static Set<String> codes(String joined) {
		return joined.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(joined.split(",")));
	}

	private static List<Step> steps(String joined) {
		if (joined.isBlank()) {
			return List.of();
		}
		return Arrays.stream(joined.split(";")).map((s) -> {
			int at = s.indexOf('@');
			return new Step(s.substring(0, at), s.substring(at + 1));
		}).toList();
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS));
	}

	/**
	 * The facts of the event as codes.
	 *
	 * @param informationSource who the information came from
	 * @param concerns what it is about
	 */
	public record Facts(String informationSource, Set<String> concerns) {

		public Facts {
			Objects.requireNonNull(informationSource, "informationSource");
			concerns = Set.copyOf(concerns);
		}

	}

	/**
	 * A step the rules require on the victim side, with its section.
	 *
	 * @param code the action's code
	 * @param section the rule paragraph behind it
	 */
	public record Step(String code, String section) {

	}

	/**
	 * One effort to notify the victim and what she was told.
	 *
	 * @param at when
	 * @param method how
	 * @param reached whether she was reached
	 * @param said what she was told; victim content, never logged
	 */
	public record Attempt(Instant at, String method, boolean reached, String said) {

		public Attempt {
			Objects.requireNonNull(at, "at");
			Objects.requireNonNull(method, "method");
		}

		/** When, in Illinois time, for pages. */
		public java.time.LocalDateTime atInIllinois() {
			return java.time.LocalDateTime.ofInstant(this.at, ProgramZone.ZONE).truncatedTo(ChronoUnit.MINUTES);
		}

		@Override
		public String toString() {
			return "Attempt[method=" + this.method + ", reached=" + this.reached + "]";
		}

	}

	/**
	 * The victim side of one reported event.
	 *
	 * @param eventId the event, as on the participant-side report rows
	 * @param participantId the participant
	 * @param facts source and concerns
	 * @param victimConsent the victim's consent code (501.220(a)(1))
	 * @param jeopardyAssessment the danger assessment code (501.220(a)(2))
	 * @param riskAssessment the risk assessment code (501.220(c)(2)(B))
	 * @param statement what the victim or a third party said; victim content
	 * @param assessmentNote why the assessments came out as they did; victim content
	 * @param reportWithheld the exceptions of 501.220(a) held the report back
	 * @param attempts each effort to notify the victim (501.220(b))
	 * @param outstandingSteps what the liaison still has to do
	 */
	public record Entry(UUID eventId, ParticipantId participantId, Facts facts, String victimConsent,
			String jeopardyAssessment, String riskAssessment, String statement, String assessmentNote,
			boolean reportWithheld, List<Attempt> attempts, List<Step> outstandingSteps) {

		public Entry {
			Objects.requireNonNull(eventId, "eventId");
			Objects.requireNonNull(participantId, "participantId");
			Objects.requireNonNull(facts, "facts");
			attempts = List.copyOf(attempts);
			outstandingSteps = List.copyOf(outstandingSteps);
		}

		@Override
		public String toString() {
			return "Entry[eventId=" + this.eventId + ", attempts=" + this.attempts.size() + "]";
		}

	}

	/**
	 * A report's victim side as the liaison reads it.
	 *
	 * @param eventId the event
	 * @param participantId the participant
	 * @param facts source and concerns
	 * @param victimConsent consent code
	 * @param jeopardyAssessment danger assessment code
	 * @param riskAssessment risk assessment code
	 * @param statement what was said
	 * @param assessmentNote the assessments' reasons
	 * @param reportWithheld whether the report was held back
	 * @param outstandingSteps steps still to take
	 * @param outstanding whether the liaison still has to act
	 * @param recordedBy who recorded the report
	 * @param recordedAt when
	 * @param attempts notification attempts
	 * @param version for the liaison's completion
	 */
	public record FollowUp(UUID eventId, ParticipantId participantId, Facts facts, String victimConsent,
			String jeopardyAssessment, String riskAssessment, String statement, String assessmentNote,
			boolean reportWithheld, List<Step> outstandingSteps, boolean outstanding, String recordedBy,
			Instant recordedAt, List<Attempt> attempts, long version) {

		public FollowUp {
			outstandingSteps = List.copyOf(outstandingSteps);
			attempts = List.copyOf(attempts);
		}

		@Override
		public String toString() {
			return "FollowUp[eventId=" + this.eventId + ", outstanding=" + this.outstanding + "]";
		}

	}

}
