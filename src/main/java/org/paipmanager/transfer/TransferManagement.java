package org.paipmanager.transfer;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.consent.ConsentManagement;
import org.paipmanager.consent.DisclosingInformation;
import org.paipmanager.consent.DisclosureRefused;
import org.paipmanager.consent.DisclosureRequest;
import org.paipmanager.consent.InformationCategory;
import org.paipmanager.consent.RecipientKind;
import org.paipmanager.consent.ReleaseId;
import org.paipmanager.consent.ReleasePurpose;
import org.paipmanager.consent.ReleaseRecipient;
import org.paipmanager.consent.ReleaseView;
import org.paipmanager.group.AttendanceCredit;
import org.paipmanager.group.EndingMembership;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.ParticipantId;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Transfers between programs (501.250, PAR-10). A transfer in records the former program,
 * the release the participant signed for it, what was asked and received, and the
 * sessions credited or added; a transfer out ends the group membership and moves the
 * participant to {@link ProgramStage#TRANSFERRED_OUT}. Each needs a release of
 * information in force that names the other program. Transfers are facts: a transfer in
 * is completed or corrected by a later record that supersedes it; every read and record
 * is audited in the same transaction.
 */
@Service
@Validated
public class TransferManagement {

	/** The rule behind transfers. */
	public static final String SECTION = "501.250";

	static final String TRANSFER_IN = "transfer-in";

	static final String TRANSFER_OUT = "transfer-out";

	private static final Set<ProgramStage> MAY_TRANSFER_IN = EnumSet.of(ProgramStage.REFERRED, ProgramStage.SCREENING,
			ProgramStage.ELIGIBLE, ProgramStage.ENROLLED);

	private final ParticipantManagement participants;

	private final ConsentManagement consent;

	private final DisclosingInformation disclosures;

	private final EndingMembership membership;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	TransferManagement(ParticipantManagement participants, ConsentManagement consent, DisclosingInformation disclosures,
			EndingMembership membership, AuditLog audit, JdbcClient jdbc, Clock clock) {
		this.participants = participants;
		this.consent = consent;
		this.disclosures = disclosures;
		this.membership = membership;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The transfer-in form: empty, or the latest record to complete or correct (for
	 * example when the former program's information arrives).
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	@Transactional
	public TransferInCommand newTransferIn(ParticipantId id) {
		return history(id).latestIn()
			.map((latest) -> new TransferInCommand(latest.formerProgramName(), latest.formerProgramCity(),
					latest.formerProgramState(), latest.jurisdiction(), latest.releaseId(),
					latest.informationRequestedOn(), latest.informationReceivedOn(), latest.intakeDataReceived(),
					latest.intakeDataSummary(), latest.creditedSessions(), latest.creditedHours(),
					latest.additionalSessions(), latest.additionalSessionsReason(), latest.id()))
			.orElseGet(() -> TransferInCommand.blank(LocalDate.now(this.clock)));
	}

	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	public TransferOutCommand newTransferOut() {
		return TransferOutCommand.blank(LocalDate.now(this.clock));
	}

	/**
	 * The participant's releases in force today, to choose the one naming the program.
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	@Transactional
	public List<ReleaseView> releaseChoices(ParticipantId id) {
		return this.consent.releases(id)
			.stream()
			.filter((release) -> release.inForce() && release.recipientKind() != RecipientKind.REFERRAL_SOURCE)
			.toList();
	}

	/**
	 * Records a transfer from another program (501.250).
	 * @throws TransferRefused when no release in force on the day the information was
	 * requested names the former program and covers what is exchanged, when credit is
	 * given before the former program's information arrived, or a reason or summary is
	 * missing
	 * @throws OptimisticLockingFailureException when someone recorded a transfer in after
	 * the form was read
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	@Transactional
	public UUID transferIn(ParticipantId id, @Valid TransferInCommand command) {
		ParticipantDetails participant = this.participants.get(id);
		lock(id);
		Map<String, String> problems = new LinkedHashMap<>();
		if (!MAY_TRANSFER_IN.contains(participant.stage())) {
			problems.put("*", "transfer.rule.inStage");
		}
		if (command.informationReceivedOn() != null
				&& command.informationReceivedOn().isBefore(command.informationRequestedOn())) {
			problems.put("informationReceivedOn", "transfer.rule.receivedBeforeRequested");
		}
		// 501.250: the former program's information determines the length of services.
		if (command.informationReceivedOn() == null
				&& (command.creditedSessions() > 0 || command.creditedHours().signum() > 0)) {
			problems.put("creditedSessions", "transfer.rule.creditWithoutInformation");
		}
		if (command.intakeDataReceived() && isBlank(command.intakeDataSummary())) {
			problems.put("intakeDataSummary", "transfer.rule.intakeSummary");
		}
		if (command.additionalSessions() > 0 && isBlank(command.additionalSessionsReason())) {
			problems.put("additionalSessionsReason", "transfer.rule.additionalReason");
		}
		List<InformationCategory> needed = new ArrayList<>(List.of(InformationCategory.ATTENDANCE_AND_COMPLIANCE));
		if (command.intakeDataReceived()) {
			needed.add(InformationCategory.SCREENING_INFORMATION);
		}
		releaseProblem(id, command.releaseId(), command.formerProgramName(), command.informationRequestedOn(), needed)
			.ifPresent((problem) -> problems.put("releaseId", problem));
		if (!problems.isEmpty()) {
			throw new TransferRefused(problems);
		}
		Optional<UUID> latest = latestTransferIn(id);
		if (!Objects.equals(latest.orElse(null), command.supersedesId())) {
			throw new OptimisticLockingFailureException("Transfer of " + id + " was recorded by someone else");
		}
		Actor actor = CurrentActor.require();
		UUID transferId = UUID.randomUUID();
		this.jdbc.sql("""
				insert into transfer_in (id, agency_id, participant_id, former_program_name, former_program_city,
				    former_program_state, jurisdiction, release_id, information_requested_on, information_received_on,
				    intake_data_received, intake_data_summary, credited_sessions, credited_hours, additional_sessions,
				    additional_sessions_reason, supersedes_id, recorded_by_staff_id, recorded_by_username, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(transferId, actor.agencyId().value(), id.value(), command.formerProgramName().strip(),
					command.formerProgramCity().strip(), command.formerProgramState().strip(),
					command.jurisdiction().name(), command.releaseId(), command.informationRequestedOn(),
					command.informationReceivedOn(), command.intakeDataReceived(),
					command.intakeDataReceived() ? command.intakeDataSummary().strip() : null,
					command.creditedSessions(), command.creditedHours(), command.additionalSessions(),
					(command.additionalSessions() > 0) ? command.additionalSessionsReason().strip() : null,
					command.supersedesId(), actor.staffUuid(), actor.username(),
					Timestamp.from(Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS)))
			.update();
		this.audit.record(AuditAction.CREATE, TRANSFER_IN, transferId.toString(),
				"participant=" + id + ", from " + command.jurisdiction() + ", release=" + command.releaseId()
						+ ", credited=" + command.creditedSessions() + "/" + command.creditedHours() + "h, additional="
						+ command.additionalSessions()
						+ ((command.supersedesId() != null) ? ", supersedes=" + command.supersedesId() : ""));
		return transferId;
	}

	/** The participant's transfers in and out, read and audited at once. */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public TransferHistory history(ParticipantId id) {
		TransferHistory history = new TransferHistory(transfersIn(id), transferOut(id).orElse(null));
		this.audit.record(AuditAction.READ, "transfers", id.toString(),
				"in=" + history.transfersIn().size() + ", out=" + (history.transferOut() != null));
		return history;
	}

	private List<TransferIn> transfersIn(ParticipantId id) {
		List<TransferIn> found = this.jdbc.sql("""
				select t.*, exists (select 1 from transfer_in later where later.supersedes_id = t.id) as superseded
				from transfer_in t where t.participant_id = ? order by t.recorded_at desc""")
			.param(id.value())
			.query((rs, row) -> new TransferIn(rs.getObject("id", UUID.class), rs.getString("former_program_name"),
					rs.getString("former_program_city"), rs.getString("former_program_state"),
					ProgramJurisdiction.valueOf(rs.getString("jurisdiction")), rs.getObject("release_id", UUID.class),
					rs.getObject("information_requested_on", LocalDate.class),
					rs.getObject("information_received_on", LocalDate.class), rs.getBoolean("intake_data_received"),
					rs.getString("intake_data_summary"), rs.getInt("credited_sessions"),
					rs.getBigDecimal("credited_hours"), rs.getInt("additional_sessions"),
					rs.getString("additional_sessions_reason"), rs.getString("recorded_by_username"),
					rs.getTimestamp("recorded_at").toInstant(), rs.getBoolean("superseded")))
			.list();
		return found;
	}

	/**
	 * The sessions and hours credited and the sessions added by the transfer in effect
	 * (501.250), if the participant transferred in.
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public Optional<AttendanceCredit> credit(ParticipantId id) {
		Optional<AttendanceCredit> credit = this.jdbc
			.sql("""
					select credited_sessions, credited_hours, additional_sessions from transfer_in t
					where participant_id = ? and not exists (select 1 from transfer_in later where later.supersedes_id = t.id)""")
			.param(id.value())
			.query((rs, row) -> new AttendanceCredit(rs.getInt(1), rs.getBigDecimal(2), rs.getInt(3), SECTION))
			.optional();
		credit.ifPresent((found) -> this.audit.record(AuditAction.READ, TRANSFER_IN + "-credit", id.toString(),
				"sessions=" + found.sessions() + ", additional=" + found.additionalSessions()));
		return credit;
	}

	/**
	 * Records a transfer to another program (501.250): the open group membership ends on
	 * the transfer date and the participant moves to
	 * {@link ProgramStage#TRANSFERRED_OUT}.
	 * @throws TransferRefused when no release in force on the transfer date names the
	 * receiving program and covers attendance and compliance, when the participant is not
	 * eligible or enrolled, or the date precedes the group membership or the referral
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	@Transactional
	public UUID transferOut(ParticipantId id, @Valid TransferOutCommand command) {
		ParticipantDetails participant = this.participants.get(id);
		lock(id);
		Map<String, String> problems = new LinkedHashMap<>();
		if (participant.stage() != ProgramStage.ELIGIBLE && participant.stage() != ProgramStage.ENROLLED) {
			problems.put("*", "transfer.rule.outStage");
		}
		Optional<LocalDate> joined = this.membership.openSince(id);
		if (command.transferredOn().isBefore(participant.referredOn())
				|| joined.filter((since) -> command.transferredOn().isBefore(since)).isPresent()) {
			problems.put("transferredOn", "transfer.rule.outBeforeJoined");
		}
		releaseProblem(id, command.releaseId(), command.receivingProgramName(), command.transferredOn(),
				List.of(InformationCategory.ATTENDANCE_AND_COMPLIANCE))
			.ifPresent((problem) -> problems.put("releaseId", problem));
		if (!problems.isEmpty()) {
			throw new TransferRefused(problems);
		}
		String program = command.receivingProgramName().strip();
		UUID transferId = UUID.randomUUID();
		// The attendance and compliance record goes to the receiving program through the
		// disclosure service, which checks the release again and writes the ledger row in
		// this transaction (CON-2).
		try {
			this.disclosures.disclose(DisclosureRequest.underRelease(id, ReleaseRecipient.named(program),
					ReleasePurpose.ONGOING_COLLABORATION, Set.of(InformationCategory.ATTENDANCE_AND_COMPLIANCE),
					"Transfer to " + program + " (501.250): attendance and compliance record",
					"transfer out " + transferId, new ReleaseId(command.releaseId())));
		}
		catch (DisclosureRefused refused) {
			throw new TransferRefused(Map.of("releaseId", refused.problems().values().iterator().next()));
		}
		UUID groupLeft = this.membership
			.leave(id, command.transferredOn(), "transferred out to " + program + " (501.250)")
			.orElse(null);
		this.participants.transferOut(id, command.transferredOn(), program);
		Actor actor = CurrentActor.require();
		this.jdbc.sql("""
				insert into transfer_out (id, agency_id, participant_id, receiving_program_name, receiving_program_city,
				    receiving_program_state, jurisdiction, release_id, transferred_on, group_left,
				    recorded_by_staff_id, recorded_by_username, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(transferId, actor.agencyId().value(), id.value(), program, command.receivingProgramCity().strip(),
					command.receivingProgramState().strip(), command.jurisdiction().name(), command.releaseId(),
					command.transferredOn(), groupLeft, actor.staffUuid(), actor.username(),
					Timestamp.from(Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS)))
			.update();
		this.audit.record(AuditAction.CREATE, TRANSFER_OUT, transferId.toString(),
				"participant=" + id + ", to " + command.jurisdiction() + ", release=" + command.releaseId() + ", on "
						+ command.transferredOn() + ((groupLeft != null) ? ", left group " + groupLeft : ""));
		return transferId;
	}

	private Optional<TransferOut> transferOut(ParticipantId id) {
		return this.jdbc.sql("""
				select id, receiving_program_name, receiving_program_city, receiving_program_state, jurisdiction,
				       release_id, transferred_on, group_left, recorded_by_username, recorded_at
				from transfer_out where participant_id = ?""")
			.param(id.value())
			.query((rs, row) -> new TransferOut(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4), ProgramJurisdiction.valueOf(rs.getString(5)), rs.getObject(6, UUID.class),
					rs.getObject(7, LocalDate.class), rs.getObject(8, UUID.class), rs.getString(9),
					rs.getTimestamp(10).toInstant()))
			.optional();
	}

	/**
	 * What is missing for the release to allow a transfer with {@code program} on
	 * {@code day}, as a message key citing 501.250; empty when the release allows it. The
	 * consent module has the last word on whether a release is in force.
	 */
	private Optional<String> releaseProblem(ParticipantId id, UUID releaseId, String program, LocalDate day,
			List<InformationCategory> needed) {
		if (releaseId == null) {
			return Optional.of("transfer.release.none");
		}
		Optional<ReleaseView> chosen = this.consent.releases(id)
			.stream()
			.filter((release) -> release.id().value().equals(releaseId))
			.findFirst();
		if (chosen.isEmpty()) {
			return Optional.of("transfer.release.none");
		}
		ReleaseView release = chosen.get();
		if (release.recipientKind() == RecipientKind.REFERRAL_SOURCE || release.recipientName() == null
				|| !release.recipientName().strip().equalsIgnoreCase(program.strip())) {
			return Optional.of("transfer.release.otherRecipient");
		}
		for (InformationCategory category : needed) {
			if (!release.categories().contains(category)) {
				return Optional.of((category == InformationCategory.SCREENING_INFORMATION)
						? "transfer.release.screeningNotCovered" : "transfer.release.attendanceNotCovered");
			}
		}
		ReleaseRecipient recipient = (release.recipientKind() == RecipientKind.PARTNER_AGENCY)
				? ReleaseRecipient.partnerAgency(release.partnerAgencyId())
				: ReleaseRecipient.named(release.recipientName());
		for (InformationCategory category : needed) {
			if (!this.consent.allows(new ReleaseId(releaseId), id, recipient, category, day)) {
				return Optional.of("transfer.release.notInForce");
			}
		}
		return Optional.empty();
	}

	private Optional<UUID> latestTransferIn(ParticipantId id) {
		return this.jdbc.sql("""
				select id from transfer_in t where participant_id = ?
				and not exists (select 1 from transfer_in later where later.supersedes_id = t.id)""")
			.param(id.value())
			.query(UUID.class)
			.optional();
	}

	/** One transfer record of a participant at a time. */
	private void lock(ParticipantId id) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
			.param("transfer:" + id)
			.query((rs, row) -> 1)
			.list();
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
