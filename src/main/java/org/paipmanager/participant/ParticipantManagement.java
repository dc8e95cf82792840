package org.paipmanager.participant;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.PartnerAgencyCategory;
import org.paipmanager.agency.PartnerAgencyListing;
import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Permission;
import org.paipmanager.shared.RecordNotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Participant records of the current agency. Opening a record and every change is written
 * to the audit log in the same transaction; lists are audited as one read of the list.
 */
@Service
@Validated
public class ParticipantManagement {

	static final String RECORD_TYPE = "participant";

	private final Participants participants;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	private static final Set<PartnerAgencyCategory> REFERRING_CATEGORIES = EnumSet.of(
			PartnerAgencyCategory.JUDICIARY_PROBATION, PartnerAgencyCategory.CORRECTIONS_PAROLE,
			PartnerAgencyCategory.CHILD_PROTECTIVE_SERVICES, PartnerAgencyCategory.PROSECUTION,
			PartnerAgencyCategory.LAW_ENFORCEMENT, PartnerAgencyCategory.PUBLIC_DEFENDER,
			PartnerAgencyCategory.SUBSTANCE_ABUSE, PartnerAgencyCategory.MENTAL_HEALTH, PartnerAgencyCategory.MEDICAL,
			PartnerAgencyCategory.COMMUNITY_ORGANIZATION);

	private final AgencyManagement agencies;

	ParticipantManagement(Participants participants, AuditLog audit, JdbcClient jdbc, Clock clock,
			AgencyManagement agencies) {
		this.agencies = agencies;
		this.participants = participants;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Participants, optionally only those at one stage. */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public List<ParticipantDetails> list(ProgramStage stage) {
		List<Participant> found = (stage != null) ? this.participants.findByStageOrderByLastNameAscFirstNameAsc(stage)
				: this.participants.findAllByOrderByLastNameAscFirstNameAsc();
		this.audit.record(AuditAction.READ, RECORD_TYPE + "-list", null,
				"stage=" + ((stage != null) ? stage : "all") + ", rows=" + found.size());
		return found.stream().map(Participant::toDetails).toList();
	}

	/** How many participants stand at each stage. */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional(readOnly = true)
	public Map<ProgramStage, Long> countByStage() {
		Map<ProgramStage, Long> counts = new EnumMap<>(ProgramStage.class);
		for (ProgramStage stage : ProgramStage.values()) {
			counts.put(stage, 0L);
		}
		this.jdbc.sql("select stage, count(*) from participant group by stage")
			.query((rs, row) -> counts.put(ProgramStage.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	/**
	 * The intake work queues: people waiting at referral, in screening and with an
	 * unsigned contract, with how many and how long the oldest has waited.
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional(readOnly = true)
	public List<WorkQueue> workQueues() {
		LocalDate today = LocalDate.now(this.clock);
		Map<ProgramStage, WorkQueue> queues = new EnumMap<>(ProgramStage.class);
		for (ProgramStage stage : WorkQueue.STAGES) {
			queues.put(stage, new WorkQueue(stage, 0, 0));
		}
		this.jdbc.sql("""
				select stage, count(*), min(stage_changed_on) from participant
				where stage in ('REFERRED', 'SCREENING', 'ELIGIBLE') group by stage""").query((rs, row) -> {
			ProgramStage stage = ProgramStage.valueOf(rs.getString(1));
			long oldestDays = ChronoUnit.DAYS.between(rs.getObject(3, LocalDate.class), today);
			return queues.put(stage, new WorkQueue(stage, rs.getLong(2), oldestDays));
		}).list();
		return List.copyOf(queues.values());
	}

	/**
	 * Several participants at once, audited as one read of a list (for group rosters).
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public List<ParticipantDetails> getAll(Collection<ParticipantId> ids) {
		List<ParticipantDetails> found = this.participants.findAllById(ids.stream().map(ParticipantId::value).toList())
			.stream()
			.map(Participant::toDetails)
			.toList();
		if (!found.isEmpty()) {
			this.audit.record(AuditAction.READ, RECORD_TYPE + "-list", null, "roster, rows=" + found.size());
		}
		return found;
	}

	/**
	 * Whether the participant is on file in the current agency; another agency's
	 * participant is not, as row-level security hides it. Reads nothing of the record.
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional(readOnly = true)
	public boolean exists(ParticipantId id) {
		return this.participants.existsById(id.value());
	}

	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public ParticipantDetails get(ParticipantId id) {
		Participant participant = load(id);
		this.audit.record(AuditAction.READ, RECORD_TYPE, id.toString(), null);
		return participant.toDetails();
	}

	/**
	 * Participants this referral may duplicate: the same name and date of birth, or the
	 * same court or case number (PAR-1). Intake is warned before saving.
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	@Transactional
	public List<ParticipantDetails> possibleDuplicates(ReferralCommand referral) {
		String caseNumber = (referral.caseNumber() != null && !referral.caseNumber().isBlank())
				? referral.caseNumber().strip() : null;
		List<UUID> ids = this.jdbc.sql("""
				select id from participant
				where (lower(first_name) = lower(?) and lower(last_name) = lower(?) and date_of_birth = ?)
				   or (cast(? as text) is not null and lower(case_number) = lower(cast(? as text)))
				order by referred_on desc""")
			.params(referral.firstName().strip(), referral.lastName().strip(), referral.dateOfBirth(), caseNumber,
					caseNumber)
			.query(UUID.class)
			.list();
		List<ParticipantDetails> matches = this.participants.findAllById(ids)
			.stream()
			.map(Participant::toDetails)
			.toList();
		if (!matches.isEmpty()) {
			this.audit.record(AuditAction.READ, RECORD_TYPE + "-duplicate-check", null, "matches=" + matches.size());
		}
		return matches;
	}

	/**
	 * Offices in the agency directory that refer people to the program: courts,
	 * probation, parole, DCFS, prosecutors, police and treatment providers. Victim
	 * services never appear here: a shelter is not a referral source.
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	public List<PartnerAgencyListing> referringAgencies() {
		return this.agencies.partnerAgencies()
			.stream()
			.filter((listing) -> REFERRING_CATEGORIES.contains(listing.category()))
			.toList();
	}

	/** The directory entry of the office that referred the participant, if recorded. */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	public Optional<PartnerAgencyListing> referringAgency(ParticipantDetails participant) {
		UUID id = participant.referral().referringAgencyId();
		if (id == null || !CurrentActor.require().hasPermission(Permission.AGENCY_READ)) {
			return Optional.empty();
		}
		return this.agencies.listing(id);
	}

	/** An empty referral form: only for those who may record one. */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	public ReferralCommand newReferral() {
		return ReferralCommand.blank();
	}

	/**
	 * Records an incoming referral (PAR-1); the participant starts at
	 * {@link ProgramStage#REFERRED}.
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	@Transactional
	public ParticipantId refer(@Valid ReferralCommand referral) {
		if (referral.referringAgencyId() != null && referringAgencies().stream()
			.noneMatch((listing) -> listing.id().equals(referral.referringAgencyId()))) {
			throw new UnknownReferringAgency(referral.referringAgencyId());
		}
		Participant participant = Participant.refer(CurrentActor.require().agencyId().value(), referral);
		this.participants.save(participant);
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, participant.id().toString(), "referral recorded");
		return new ParticipantId(participant.id());
	}

	/** The participant's details as they stand, as a correction form. */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	@Transactional
	public DetailsCorrection newCorrection(ParticipantId id) {
		return DetailsCorrection.of(get(id));
	}

	/**
	 * Corrects the participant's details against the version the user read.
	 * @throws OptimisticLockingFailureException when the participant changed since, so
	 * the user sees the conflict instead of overwriting someone else's change
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	@Transactional
	public ParticipantDetails correct(ParticipantId id, @Valid DetailsCorrection correction) {
		Participant participant = this.participants.findById(id.value())
			.orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
		if (participant.toDetails().version() != correction.version()) {
			throw new OptimisticLockingFailureException("Participant " + id + " was changed by someone else");
		}
		List<String> changed = participant.correct(correction);
		// The @Version column settles two corrections read at the same version.
		Participant saved = this.participants.save(participant);
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, id.toString(), "corrected " + changed);
		return saved.toDetails();
	}

	/**
	 * Adds a case note (501.115(b)(11)(G)). Notes are never changed or deleted; a
	 * correction is a new note pointing at the one it corrects.
	 */
	@PreAuthorize("hasAuthority('CASE_NOTE_WRITE')")
	@Transactional
	public UUID addCaseNote(ParticipantId id, @Valid CaseNoteCommand note) {
		Actor actor = CurrentActor.require();
		Participant participant = load(id);
		if (note.correctsNoteId() != null
				&& this.jdbc.sql("select count(*) from participant_case_note where id = ? and participant_id = ?")
					.params(note.correctsNoteId(), participant.id())
					.query(Long.class)
					.single() == 0) {
			throw new RecordNotFoundException("case note", note.correctsNoteId());
		}
		UUID noteId = UUID.randomUUID();
		// Append-only rows read back as a list: plain SQL, no aggregate.
		this.jdbc.sql("""
				insert into participant_case_note (id, agency_id, participant_id, written_at, author_staff_id,
				    author_username, text, corrects_note_id)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(noteId, actor.agencyId().value(), participant.id(),
					Timestamp.from(Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS)), actor.staffUuid(),
					actor.username(), note.text().strip(), note.correctsNoteId())
			.update();
		this.audit.record(AuditAction.CREATE, "case-note", noteId.toString(),
				"participant=" + id + ((note.correctsNoteId() != null) ? ", corrects=" + note.correctsNoteId() : ""));
		return noteId;
	}

	/** A participant's case notes, newest first. */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public List<CaseNote> caseNotes(ParticipantId id) {
		List<CaseNote> notes = this.jdbc.sql("""
				select n.id, n.written_at, n.author_username, n.text, n.corrects_note_id,
				       (select c.id from participant_case_note c where c.corrects_note_id = n.id
				        order by c.written_at desc limit 1) as corrected_by
				from participant_case_note n where n.participant_id = ? order by n.written_at desc""")
			.param(id.value())
			.query((rs, row) -> new CaseNote(rs.getObject("id", UUID.class), rs.getTimestamp("written_at").toInstant(),
					rs.getString("author_username"), rs.getString("text"), rs.getObject("corrects_note_id", UUID.class),
					rs.getObject("corrected_by", UUID.class)))
			.list();
		this.audit.record(AuditAction.READ, "case-notes", id.toString(), "rows=" + notes.size());
		return notes;
	}

	/**
	 * Moves a participant to the stage an eligibility decision leads to: eligible, or not
	 * admitted. A revised decision may move the participant back.
	 */
	@PreAuthorize("hasAuthority('ELIGIBILITY_DECIDE')")
	@Transactional
	public void recordEligibility(ParticipantId id, boolean eligible, LocalDate decidedOn) {
		ProgramStage stage = eligible ? ProgramStage.ELIGIBLE : ProgramStage.NOT_ADMITTED;
		moveTo(id, stage, decidedOn, "stage=" + stage + " by eligibility decision");
	}

	/**
	 * Enrols an eligible participant whose contract was signed (501.155): the stage moves
	 * to {@link ProgramStage#ENROLLED} and the program start date is set
	 * (501.115(b)(11)(D)).
	 * @throws IllegalStateException when the participant is not at
	 * {@link ProgramStage#ELIGIBLE}
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	@Transactional
	public void enroll(ParticipantId id, LocalDate signedOn, LocalDate startsOn) {
		Participant participant = load(id);
		participant.enroll(signedOn, startsOn);
		this.participants.save(participant);
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, id.toString(), "stage=ENROLLED, program start=" + startsOn);
	}

	/**
	 * Ends an enrolled participant's program as completed or terminated (501.160); the
	 * completion module decides which, after its own checks.
	 * @throws IllegalStateException when the participant is not at
	 * {@link ProgramStage#ENROLLED}
	 */
	@PreAuthorize("hasAuthority('COMPLETION_DECIDE')")
	@Transactional
	public void endProgram(ParticipantId id, ProgramStage outcome, LocalDate on) {
		Participant participant = load(id);
		participant.endProgram(outcome, on);
		this.participants.save(participant);
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, id.toString(), "stage=" + outcome + " on " + on);
	}

	/**
	 * Moves a participant who transferred to another program to
	 * {@link ProgramStage#TRANSFERRED_OUT} from the transfer date (501.250).
	 * @throws IllegalStateException when the participant is not eligible or enrolled
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	@Transactional
	public void transferOut(ParticipantId id, LocalDate on, String receivingProgram) {
		Participant participant = load(id);
		participant.transferOut(on);
		this.participants.save(participant);
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, id.toString(),
				"stage=TRANSFERRED_OUT on " + on + ", to " + receivingProgram + " (501.250)");
	}

	/**
	 * Places a participant at a later stage directly, for records brought over from
	 * before the program used this system (and demo data). The lifecycle screens move
	 * stages themselves.
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	@Transactional
	public void placeAtStage(ParticipantId id, ProgramStage stage, LocalDate since) {
		moveTo(id, stage, since, "stage=" + stage);
	}

	private void moveTo(ParticipantId id, ProgramStage stage, LocalDate since, String auditDetail) {
		Participant participant = load(id);
		participant.placeAt(stage, since);
		this.participants.save(participant);
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, id.toString(), auditDetail);
	}

	private Participant load(ParticipantId id) {
		return this.participants.findById(id.value()).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
	}

}
