package org.paipmanager.victimcontact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.shared.ProgramZone;
import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.RecordNotFoundException;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.StepUpVerified;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The victim safety compartment (501.180, 501.190): victims and partners of a
 * participant, each contact with them and what they were told. Only holders of
 * {@code VICTIM_CONTACT_ACCESS} enter, and everyone but the victim liaison only after
 * step-up re-authentication within {@link StepUpVerified#VALIDITY}. Data is read and
 * written as the victim database role, encrypted where it could locate or quote the
 * victim; each read and write is audited with record ids and counts, never a name,
 * address, phone or statement.
 * <p>
 * The audit row is written in the application's transaction, which encloses the victim
 * transaction and commits after it (see ADR 0007).
 */
@Service
@Validated
public class VictimContactManagement {

	static final String RECORD_TYPE = "victim-record";

	private static final String RECORD_COLUMNS = """
			id, participant_id, relationship, name_cipher, address_cipher, phone_cipher, safe_contact_cipher,
			order_of_protection, order_of_protection_expires_on, version""";

	private final VictimDatabase database;

	private final VictimFieldCipher cipher;

	private final ParticipantManagement participants;

	private final AuditLog audit;

	private final Clock clock;

	VictimContactManagement(VictimDatabase database, VictimFieldCipher cipher, ParticipantManagement participants,
			AuditLog audit, Clock clock) {
		this.database = database;
		this.cipher = cipher;
		this.participants = participants;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Whether the current actor may enter now, or must first re-enter a second-factor
	 * code. Holders of the permission only.
	 */
	@PreAuthorize("hasAuthority('VICTIM_CONTACT_ACCESS')")
	public boolean stepUpNeeded() {
		Actor actor = CurrentActor.require();
		return !actor.isSystem() && !actor.roles().contains(Role.VICTIM_LIAISON)
				&& !StepUpVerified.isFresh(Instant.now(this.clock));
	}

	/** The participant as the compartment shows them: name and id only are used. */
	@PreAuthorize("hasAuthority('VICTIM_CONTACT_ACCESS')")
	@Transactional
	public ParticipantDetails participant(ParticipantId id) {
		requireEntry();
		return this.participants.get(id);
	}

	/**
	 * The participant's victims and partners, the 501.190(b) priority contacts first,
	 * each with its contacts and notices.
	 */
	@PreAuthorize("hasAuthority('VICTIM_CONTACT_ACCESS')")
	@Transactional
	public List<VictimRecord> records(ParticipantId id) {
		requireEntry();
		List<VictimRecord> found = this.database.read(() -> {
			List<VictimRecord> bare = this.database.jdbc()
				.sql("select " + RECORD_COLUMNS
						+ " from victim.victim_record where participant_id = ? order by created_at")
				.param(id.value())
				.query((rs, row) -> record(rs, List.of(), List.of()))
				.list();
			return bare.stream().map(this::withHistory).toList();
		});
		List<VictimRecord> ordered = found.stream()
			// 501.190(b): current partners and ex-partners with an ongoing relationship
			// first.
			.sorted(Comparator.comparing((VictimRecord r) -> r.relationship().ordinal()))
			.toList();
		this.audit.record(AuditAction.READ, RECORD_TYPE + "-list", id.toString(), "rows=" + ordered.size());
		return ordered;
	}

	/** One victim or partner with contacts and notices. */
	@PreAuthorize("hasAuthority('VICTIM_CONTACT_ACCESS')")
	@Transactional
	public VictimRecord record(UUID recordId) {
		requireEntry();
		VictimRecord found = this.database.read(() -> withHistory(load(recordId)));
		this.audit.record(AuditAction.READ, RECORD_TYPE, recordId.toString(),
				"contacts=" + found.contacts().size() + ", notices=" + found.notices().size());
		return found;
	}

	/** Records a victim or partner of the participant (501.190(b)). */
	@PreAuthorize("hasAuthority('VICTIM_CONTACT_ACCESS')")
	@Transactional
	public UUID addRecord(ParticipantId participantId, @Valid VictimRecordCommand command) {
		requireEntry();
		this.participants.get(participantId);
		Actor actor = CurrentActor.require();
		UUID id = UUID.randomUUID();
		this.database.write(() -> this.database.jdbc()
			.sql("""
					insert into victim.victim_record (id, agency_id, participant_id, relationship, name_cipher,
					    address_cipher, phone_cipher, safe_contact_cipher, order_of_protection,
					    order_of_protection_expires_on, created_by_username, created_at, version)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(id, actor.agencyId().value(), participantId.value(), command.relationship().name(),
					this.cipher.seal(command.name(), "name", id), this.cipher.seal(command.address(), "address", id),
					this.cipher.seal(command.phone(), "phone", id),
					this.cipher.seal(command.safeContactInstructions(), "safe_contact", id),
					command.orderOfProtection(), command.orderOfProtectionExpiresOn(), actor.username(), now())
			.update());
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, id.toString(), "participant=" + participantId);
		return id;
	}

	/**
	 * Changes a victim's details.
	 * @throws OptimisticLockingFailureException when someone changed them after
	 * {@code version} was read
	 */
	@PreAuthorize("hasAuthority('VICTIM_CONTACT_ACCESS')")
	@Transactional
	public void updateRecord(UUID recordId, long version, @Valid VictimRecordCommand command) {
		requireEntry();
		int changed = this.database.write(() -> {
			load(recordId);
			return this.database.jdbc()
				.sql("""
						update victim.victim_record set relationship = ?, name_cipher = ?, address_cipher = ?,
						    phone_cipher = ?, safe_contact_cipher = ?, order_of_protection = ?,
						    order_of_protection_expires_on = ?, version = version + 1
						where id = ? and version = ?""")
				.params(command.relationship().name(), this.cipher.seal(command.name(), "name", recordId),
						this.cipher.seal(command.address(), "address", recordId),
						this.cipher.seal(command.phone(), "phone", recordId),
						this.cipher.seal(command.safeContactInstructions(), "safe_contact", recordId),
						command.orderOfProtection(), command.orderOfProtectionExpiresOn(), recordId, version)
				.update();
		});
		if (changed == 0) {
			throw new OptimisticLockingFailureException(
					"Victim record " + recordId + " changed since version " + version);
		}
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, recordId.toString(), "version=" + (version + 1));
	}

	/** Records a contact with the victim (501.190(a), 501.180(b),(c)). */
	@PreAuthorize("hasAuthority('VICTIM_CONTACT_ACCESS')")
	@Transactional
	public UUID recordContact(UUID recordId, @Valid ContactCommand command) {
		requireEntry();
		Actor actor = CurrentActor.require();
		UUID id = UUID.randomUUID();
		Instant occurredAt = command.occurredAt().atZone(ProgramZone.ZONE).toInstant();
		this.database.write(() -> {
			load(recordId);
			return this.database.jdbc()
				.sql("""
						insert into victim.victim_contact (id, agency_id, victim_record_id, occurred_at, kind, direction,
						    summary_cipher, safety_checked, safety_plan_discussed, order_of_protection_discussed,
						    victim_services_offered, victim_services_accepted, recorded_by_username, recorded_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, actor.agencyId().value(), recordId, Timestamp.from(occurredAt), command.kind().name(),
						command.direction().name(), this.cipher.seal(command.summary(), "contact.summary", id),
						command.safetyChecked(), command.safetyPlanDiscussed(), command.orderOfProtectionDiscussed(),
						command.victimServicesOffered(), command.victimServicesAccepted(), actor.username(), now())
				.update();
		});
		this.audit.record(AuditAction.CREATE, "victim-contact", id.toString(), "victimRecord=" + recordId);
		return id;
	}

	/** Records what the victim was told and how (501.190(c)). */
	@PreAuthorize("hasAuthority('VICTIM_CONTACT_ACCESS')")
	@Transactional
	public UUID recordNotice(UUID recordId, @Valid NoticeCommand command) {
		requireEntry();
		Actor actor = CurrentActor.require();
		UUID id = UUID.randomUUID();
		String note = (command.note() != null && !command.note().isBlank()) ? command.note().strip() : null;
		this.database.write(() -> {
			load(recordId);
			return this.database.jdbc()
				.sql("""
						insert into victim.victim_notice (id, agency_id, victim_record_id, given_on, topic, channel,
						    note_cipher, recorded_by_username, recorded_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, actor.agencyId().value(), recordId, command.givenOn(), command.topic().name(),
						command.channel().name(), this.cipher.seal(note, "notice.note", id), actor.username(), now())
				.update();
		});
		this.audit.record(AuditAction.CREATE, "victim-notice", id.toString(), "victimRecord=" + recordId);
		return id;
	}

	/** An empty contact form at the current time in Illinois. */
	@PreAuthorize("hasAuthority('VICTIM_CONTACT_ACCESS')")
	public ContactCommand newContact() {
		return ContactCommand
			.blank(LocalDateTime.now(this.clock.withZone(ProgramZone.ZONE)).truncatedTo(ChronoUnit.MINUTES));
	}

	/** An empty notice form dated today. */
	@PreAuthorize("hasAuthority('VICTIM_CONTACT_ACCESS')")
	public NoticeCommand newNotice() {
		return NoticeCommand.blank(LocalDate.now(this.clock.withZone(ProgramZone.ZONE)));
	}

	private void requireEntry() {
		if (stepUpNeeded()) {
			throw new StepUpRequired();
		}
	}

	private VictimRecord load(UUID recordId) {
		return this.database.jdbc()
			.sql("select " + RECORD_COLUMNS + " from victim.victim_record where id = ?")
			.param(recordId)
			.query((rs, row) -> record(rs, List.of(), List.of()))
			.optional()
			.orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, recordId));
	}

	private VictimRecord withHistory(VictimRecord bare) {
		List<VictimContact> contacts = this.database.jdbc()
			.sql("""
					select id, occurred_at, kind, direction, summary_cipher, safety_checked, safety_plan_discussed,
					       order_of_protection_discussed, victim_services_offered, victim_services_accepted,
					       recorded_by_username
					from victim.victim_contact where victim_record_id = ? order by occurred_at desc, recorded_at desc""")
			.param(bare.id())
			.query((rs, row) -> {
				UUID id = rs.getObject("id", UUID.class);
				return new VictimContact(id, rs.getTimestamp("occurred_at").toInstant(),
						ContactKind.valueOf(rs.getString("kind")), ContactDirection.valueOf(rs.getString("direction")),
						this.cipher.open(rs.getString("summary_cipher"), "contact.summary", id),
						rs.getBoolean("safety_checked"), rs.getBoolean("safety_plan_discussed"),
						rs.getBoolean("order_of_protection_discussed"), rs.getBoolean("victim_services_offered"),
						rs.getBoolean("victim_services_accepted"), rs.getString("recorded_by_username"));
			})
			.list();
		List<VictimNotice> notices = this.database.jdbc()
			.sql("""
					select id, given_on, topic, channel, note_cipher, recorded_by_username
					from victim.victim_notice where victim_record_id = ? order by given_on desc, recorded_at desc""")
			.param(bare.id())
			.query((rs, row) -> {
				UUID id = rs.getObject("id", UUID.class);
				return new VictimNotice(id, rs.getObject("given_on", LocalDate.class),
						NoticeTopic.valueOf(rs.getString("topic")), NoticeChannel.valueOf(rs.getString("channel")),
						this.cipher.open(rs.getString("note_cipher"), "notice.note", id),
						rs.getString("recorded_by_username"));
			})
			.list();
		return new VictimRecord(bare.id(), bare.participantId(), bare.relationship(), bare.name(), bare.address(),
				bare.phone(), bare.safeContactInstructions(), bare.orderOfProtection(),
				bare.orderOfProtectionExpiresOn(), bare.version(), contacts, notices);
	}

	private VictimRecord record(ResultSet rs, List<VictimContact> contacts, List<VictimNotice> notices)
			throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new VictimRecord(id, new ParticipantId(rs.getObject("participant_id", UUID.class)),
				Relationship.valueOf(rs.getString("relationship")),
				this.cipher.open(rs.getString("name_cipher"), "name", id),
				this.cipher.open(rs.getString("address_cipher"), "address", id),
				this.cipher.open(rs.getString("phone_cipher"), "phone", id),
				this.cipher.open(rs.getString("safe_contact_cipher"), "safe_contact", id),
				rs.getBoolean("order_of_protection"), rs.getObject("order_of_protection_expires_on", LocalDate.class),
				rs.getLong("version"), contacts, notices);
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS));
	}

}
