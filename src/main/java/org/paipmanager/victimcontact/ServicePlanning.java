package org.paipmanager.victimcontact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.paipmanager.shared.ProgramZone;
import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.PartnerAgencyListing;
import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.RecordNotFoundException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Collaborative service-planning meetings about one victim/survivor (COO-3), as the
 * procedure of seed 004 describes them: initiated by an agency representative with the
 * victim's permission, agencies of the directory invited only under her Consent to
 * Release &amp; Receive Information checked when the invitation goes out, a chair, the
 * schedule, her attendance with interpreter arrangements, the chair's written summary
 * distributed to the participants (each consent checked again) and reviewed with her when
 * she did not attend, action items tracked to closure and unresolved issues forwarded to
 * the Chair of the Protocol Committee.
 * <p>
 * Everything lives in the victim compartment, with its access rules: victim liaison, and
 * the director only after step-up. The victim's consents and the distribution log are
 * kept here, not in the participant-side disclosure ledger (ADR 0017). Reads and writes
 * are audited with record ids and counts only.
 */
@Service
@Validated
public class ServicePlanning {

	static final String MEETING = "victim-meeting";

	private static final String MEETING_COLUMNS = """
			id, victim_record_id, initiated_by_username, trigger, ground, permission_given_on, chair_name,
			scheduled_at, format, place_cipher, victim_participation, interpreter, interpreter_language_cipher,
			interpreter_arrangements_cipher, victim_attended, decisions_cipher, agreements_cipher, commitments_cipher,
			summary_by_username, summary_recorded_at, victim_review_on, victim_review_method,
			victim_review_response_cipher, version""";

	private final VictimDatabase database;

	private final VictimFieldCipher cipher;

	private final VictimContactManagement victims;

	private final AgencyManagement agencies;

	private final AuditLog audit;

	private final Clock clock;

	ServicePlanning(VictimDatabase database, VictimFieldCipher cipher, VictimContactManagement victims,
			AgencyManagement agencies, AuditLog audit, Clock clock) {
		this.database = database;
		this.cipher = cipher;
		this.victims = victims;
		this.agencies = agencies;
		this.audit = audit;
		this.clock = clock;
	}

	/** Today in Illinois, the day consents, due dates and overdue flags are read on. */
	@PreAuthorize("hasAuthority('VICTIM_CONTACT_ACCESS')")
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(ProgramZone.ZONE));
	}

	/** The partner-agency directory the invited agencies come from (COO-1). */
	@PreAuthorize("hasAuthority('VICTIM_CONTACT_ACCESS')")
	@Transactional
	public List<PartnerAgencyListing> directory() {
		requireEntry();
		return this.agencies.partnerAgencies();
	}

	/** The victim's consents to release and receive information, by agency. */
	@PreAuthorize("hasAuthority('VICTIM_CONTACT_ACCESS')")
	@Transactional
	public List<PlanningConsent> consents(UUID recordId) {
		requireEntry();
		Map<UUID, String> names = agencyNames();
		List<PlanningConsent> found = this.database.read(() -> {
			requireRecord(recordId);
			return consentsOf(recordId, names);
		});
		this.audit.record(AuditAction.READ, "victim-planning-consent-list", recordId.toString(),
				"rows=" + found.size());
		return found;
	}

	/**
	 * Records the victim's consent for one agency of the directory (seed 004, step 3).
	 * @throws ServicePlanningRefused when the agency is not in the directory or the
	 * expiry is before the signature
	 */
	@PreAuthorize("hasAuthority('VICTIM_CONTACT_ACCESS')")
	@Transactional
	public UUID recordConsent(UUID recordId, @Valid PlanningConsentCommand command) {
		requireEntry();
		if (!agencyNames().containsKey(command.partnerAgencyId())) {
			throw new ServicePlanningRefused("partnerAgencyId", "victim.planning.refused.notInDirectory");
		}
		if (command.expiresOn() != null && command.expiresOn().isBefore(command.signedOn())) {
			throw new ServicePlanningRefused("expiresOn", "victim.planning.refused.expiresBeforeSigned");
		}
		Actor actor = CurrentActor.require();
		UUID id = UUID.randomUUID();
		this.database.write(() -> {
			requireRecord(recordId);
			return this.database.jdbc()
				.sql("""
						insert into victim.planning_consent (id, agency_id, victim_record_id, partner_agency_id,
						    release_information, receive_information, form, signed_on, expires_on,
						    recorded_by_username, recorded_at, version)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
				.params(id, actor.agencyId().value(), recordId, command.partnerAgencyId(), command.releaseInformation(),
						command.receiveInformation(), command.form().name(), command.signedOn(), command.expiresOn(),
						actor.username(), now())
				.update();
		});
		this.audit.record(AuditAction.CREATE, "victim-planning-consent", id.toString(), "victimRecord=" + recordId);
		return id;
	}

	/**
	 * The victim revoked her consent from {@code revokedOn}: from that day the agency can
	 * be neither invited nor sent the summary.
	 * @throws OptimisticLockingFailureException when the consent changed since
	 * {@code version}
	 */
	@PreAuthorize("hasAuthority('VICTIM_CONTACT_ACCESS')")
	@Transactional
	public void revokeConsent(UUID consentId, long version, LocalDate revokedOn) {
		requireEntry();
		if (revokedOn == null || revokedOn.isAfter(today())) {
			throw new ServicePlanningRefused("revokedOn", "victim.planning.refused.revokedOn");
		}
		int changed = this.database.write(() -> {
			this.database.jdbc()
				.sql("select id from victim.planning_consent where id = ?")
				.param(consentId)
				.query(UUID.class)
				.optional()
				.orElseThrow(() -> new RecordNotFoundException("victim-planning-consent", consentId));
			return this.database.jdbc()
				.sql("""
						update victim.planning_consent set revoked_on = ?, version = version + 1
						where id = ? and version = ? and revoked_on is null""")
				.params(revokedOn, consentId, version)
				.update();
		});
		if (changed == 0) {
			throw new OptimisticLockingFailureException("Consent " + consentId + " changed since version " + version);
		}
		this.audit.record(AuditAction.UPDATE, "victim-planning-consent", consentId.toString(), "revoked");
	}

	/** The meetings about one victim, newest first. */
	@PreAuthorize("hasAuthority('VICTIM_CONTACT_ACCESS')")
	@Transactional
	public List<PlanningMeeting> meetings(UUID recordId) {
		requireEntry();
		Map<UUID, String> names = agencyNames();
		LocalDate today = today();
		List<PlanningMeeting> found = this.database.read(() -> {
			requireRecord(recordId);
			List<PlanningConsent> consents = consentsOf(recordId, names);
			return this.database.jdbc()
				.sql("select " + MEETING_COLUMNS
						+ " from victim.planning_meeting where victim_record_id = ? order by scheduled_at desc")
				.param(recordId)
				.query((rs, row) -> rs.getObject("id", UUID.class))
				.list()
				.stream()
				.map((id) -> loadMeeting(id, names, consents, today))
				.toList();
		});
		this.audit.record(AuditAction.READ, MEETING + "-list", recordId.toString(), "rows=" + found.size());
		return found;
	}

	/**
	 * One meeting with its invitations, distributions, action items and forwarded issues.
	 */
	@PreAuthorize("hasAuthority('VICTIM_CONTACT_ACCESS')")
	@Transactional
	public PlanningMeeting meeting(UUID meetingId) {
		requireEntry();
		PlanningMeeting found = read(meetingId);
		this.audit.record(AuditAction.READ, MEETING, meetingId.toString(),
				"invitations=" + found.invitations().size() + ", actions=" + found.actionItems().size());
		return found;
	}

	/** The victim's consents in force today by agency (for the invitation form). */
	@PreAuthorize("hasAuthority('VICTIM_CONTACT_ACCESS')")
	public Set<UUID> agenciesWithConsent(List<PlanningConsent> consents) {
		LocalDate today = today();
		return consents.stream()
			.filter((consent) -> consent.coversOn(today))
			.map(PlanningConsent::partnerAgencyId)
			.collect(Collectors.toSet());
	}

	/** An empty scheduling form dated today. */
	@PreAuthorize("hasAuthority('VICTIM_CONTACT_ACCESS')")
	public MeetingCommand newMeeting() {
		return MeetingCommand.blank("", today());
	}

	/**
	 * Records the initiation and schedule of a meeting (seed 004, steps 1, 2 and 4).
	 * @throws ServicePlanningRefused when the case was already presented to HART, the
	 * process was not explained, or a spoken-language interpreter has no language
	 */
	@PreAuthorize("hasAuthority('VICTIM_CONTACT_ACCESS')")
	@Transactional
	public UUID schedule(UUID recordId, @Valid MeetingCommand command) {
		requireEntry();
		checkSchedule(command);
		Actor actor = CurrentActor.require();
		UUID id = UUID.randomUUID();
		this.database.write(() -> {
			requireRecord(recordId);
			return this.database.jdbc()
				.sql("""
						insert into victim.planning_meeting (id, agency_id, victim_record_id, initiated_by_username,
						    trigger, ground, process_explained, permission_given_on, chair_name, scheduled_at, format,
						    place_cipher, victim_participation, interpreter, interpreter_language_cipher,
						    interpreter_arrangements_cipher, created_at, version)
						values (?, ?, ?, ?, ?, ?, true, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
				.params(id, actor.agencyId().value(), recordId, actor.username(), command.trigger().name(),
						command.ground().name(), command.permissionGivenOn(), command.chairName().strip(),
						Timestamp.from(local(command.scheduledAt())), command.format().name(),
						this.cipher.seal(command.place(), "meeting.place", id), command.victimParticipation().name(),
						command.interpreter().name(), sealLanguage(command, id),
						this.cipher.seal(command.interpreterArrangements(), "meeting.interpreter_arrangements", id),
						now())
				.update();
		});
		this.audit.record(AuditAction.CREATE, MEETING, id.toString(), "victimRecord=" + recordId);
		return id;
	}

	/**
	 * Changes the schedule, chair, attendance or interpreter arrangements.
	 * @throws OptimisticLockingFailureException when the meeting changed since
	 * {@code version}
	 */
	@PreAuthorize("hasAuthority('VICTIM_CONTACT_ACCESS')")
	@Transactional
	public void reschedule(UUID meetingId, long version, @Valid MeetingCommand command) {
		requireEntry();
		checkSchedule(command);
		int changed = this.database.write(() -> {
			requireMeeting(meetingId);
			return this.database.jdbc()
				.sql("""
						update victim.planning_meeting set trigger = ?, ground = ?, permission_given_on = ?,
						    chair_name = ?, scheduled_at = ?, format = ?, place_cipher = ?, victim_participation = ?,
						    interpreter = ?, interpreter_language_cipher = ?, interpreter_arrangements_cipher = ?,
						    version = version + 1
						where id = ? and version = ?""")
				.params(command.trigger().name(), command.ground().name(), command.permissionGivenOn(),
						command.chairName().strip(), Timestamp.from(local(command.scheduledAt())),
						command.format().name(), this.cipher.seal(command.place(), "meeting.place", meetingId),
						command.victimParticipation().name(), command.interpreter().name(),
						sealLanguage(command, meetingId),
						this.cipher.seal(command.interpreterArrangements(), "meeting.interpreter_arrangements",
								meetingId),
						meetingId, version)
				.update();
		});
		requireVersion(changed, meetingId, version);
		this.audit.record(AuditAction.UPDATE, MEETING, meetingId.toString(), "version=" + (version + 1));
	}

	/**
	 * Invites an agency of the directory. The victim's consent to release and receive
	 * information for that agency must be in force when the invitation goes out (seed
	 * 004, step 3).
	 * @throws ServicePlanningRefused when there is no such consent, the agency is already
	 * invited, the meeting was held, or the consent form was sent after the meeting date
	 */
	@PreAuthorize("hasAuthority('VICTIM_CONTACT_ACCESS')")
	@Transactional
	public UUID invite(UUID meetingId, @Valid InvitationCommand command) {
		requireEntry();
		Map<UUID, String> names = agencyNames();
		if (!names.containsKey(command.partnerAgencyId())) {
			throw new ServicePlanningRefused("partnerAgencyId", "victim.planning.refused.notInDirectory");
		}
		Actor actor = CurrentActor.require();
		LocalDate today = today();
		UUID id = UUID.randomUUID();
		this.database.write(() -> {
			PlanningMeeting meeting = loadMeeting(meetingId, names, null, today);
			if (meeting.summaryRecorded()) {
				throw new ServicePlanningRefused("*", "victim.planning.refused.alreadyHeld");
			}
			if (meeting.invitations()
				.stream()
				.anyMatch((invitation) -> invitation.partnerAgencyId().equals(command.partnerAgencyId()))) {
				throw new ServicePlanningRefused("partnerAgencyId", "victim.planning.refused.alreadyInvited");
			}
			if (command.consentSentOn().isAfter(meeting.scheduledAt().toLocalDate())) {
				throw new ServicePlanningRefused("consentSentOn", "victim.planning.refused.consentSentAfterMeeting");
			}
			// Seed 004, step 3: a Consent to Release & Receive Information for every
			// invited agency, signed before the form is sent to it, in force today.
			PlanningConsent consent = consentsOf(meeting.victimRecordId(), names).stream()
				.filter((candidate) -> candidate.partnerAgencyId().equals(command.partnerAgencyId()))
				.filter((candidate) -> candidate.coversOn(today)
						&& !candidate.signedOn().isAfter(command.consentSentOn()))
				.findFirst()
				.orElseThrow(() -> new ServicePlanningRefused("partnerAgencyId", "victim.planning.refused.noConsent"));
			return this.database.jdbc()
				.sql("""
						insert into victim.planning_invitation (id, agency_id, meeting_id, partner_agency_id,
						    consent_id, representative_name, consent_sent_on, consent_sent_by, invited_by_username,
						    invited_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, actor.agencyId().value(), meetingId, command.partnerAgencyId(), consent.id(),
						blankToNull(command.representativeName()), command.consentSentOn(),
						command.consentSentBy().name(), actor.username(), now())
				.update();
		});
		this.audit.record(AuditAction.CREATE, "victim-meeting-invitation", id.toString(), "meeting=" + meetingId);
		return id;
	}

	/**
	 * Records who attended and the chair's written summary (seed 004, step 6), until it
	 * has been distributed.
	 * @throws ServicePlanningRefused before the meeting time, with no agency represented,
	 * with an empty summary, or once the summary was distributed
	 * @throws OptimisticLockingFailureException when the meeting changed since
	 * {@code version}
	 */
	@PreAuthorize("hasAuthority('VICTIM_CONTACT_ACCESS')")
	@Transactional
	public void recordSummary(UUID meetingId, long version, @Valid SummaryCommand command) {
		requireEntry();
		Map<UUID, String> names = agencyNames();
		Actor actor = CurrentActor.require();
		LocalDate today = today();
		int changed = this.database.write(() -> {
			PlanningMeeting meeting = loadMeeting(meetingId, names, null, today);
			Map<String, String> problems = new LinkedHashMap<>();
			if (local(meeting.scheduledAt()).isAfter(Instant.now(this.clock))) {
				problems.put("*", "victim.planning.refused.notYetHeld");
			}
			if (!meeting.distributions().isEmpty()) {
				problems.put("*", "victim.planning.refused.alreadyDistributed");
			}
			Set<UUID> invited = meeting.invitations().stream().map(MeetingInvitation::id).collect(Collectors.toSet());
			if (!invited.containsAll(command.attendedInvitations())) {
				throw new RecordNotFoundException("victim-meeting-invitation", meetingId);
			}
			if (command.attendedInvitations().isEmpty()) {
				// Seed 004: representation from two or more agencies, this program and at
				// least one invited agency.
				problems.put("attendedInvitations", "victim.planning.refused.twoAgencies");
			}
			if (blank(command.decisions()) && blank(command.agreements()) && blank(command.commitments())) {
				problems.put("decisions", "victim.planning.refused.emptySummary");
			}
			if (!problems.isEmpty()) {
				throw new ServicePlanningRefused(problems);
			}
			for (UUID invitation : invited) {
				this.database.jdbc()
					.sql("update victim.planning_invitation set attended = ? where id = ?")
					.params(command.attendedInvitations().contains(invitation), invitation)
					.update();
			}
			return this.database.jdbc()
				.sql("""
						update victim.planning_meeting set victim_attended = ?, decisions_cipher = ?,
						    agreements_cipher = ?, commitments_cipher = ?, summary_by_username = ?,
						    summary_recorded_at = ?, version = version + 1
						where id = ? and version = ?""")
				.params(command.victimAttended(), this.cipher.seal(command.decisions(), "meeting.decisions", meetingId),
						this.cipher.seal(command.agreements(), "meeting.agreements", meetingId),
						this.cipher.seal(command.commitments(), "meeting.commitments", meetingId), actor.username(),
						now(), meetingId, version)
				.update();
		});
		requireVersion(changed, meetingId, version);
		this.audit.record(AuditAction.UPDATE, MEETING, meetingId.toString(),
				"summary, attended=" + command.attendedInvitations().size());
	}

	/**
	 * Records that the summary was sent to participating agencies (seed 004, step 6).
	 * Each agency's consent must still be in force on the day it is sent; if one is not,
	 * nothing is recorded.
	 * @throws ServicePlanningRefused before the summary is written, for an agency that
	 * did not take part, or when an agency's consent was revoked or has expired
	 */
	@PreAuthorize("hasAuthority('VICTIM_CONTACT_ACCESS')")
	@Transactional
	public List<UUID> distribute(UUID meetingId, @Valid DistributionCommand command) {
		requireEntry();
		Map<UUID, String> names = agencyNames();
		Actor actor = CurrentActor.require();
		LocalDate today = today();
		List<UUID> ids = this.database.write(() -> {
			PlanningMeeting meeting = loadMeeting(meetingId, names, null, today);
			if (!meeting.summaryRecorded()) {
				throw new ServicePlanningRefused("*", "victim.planning.refused.noSummary");
			}
			Map<UUID, MeetingInvitation> invitations = meeting.invitations()
				.stream()
				.collect(Collectors.toMap(MeetingInvitation::id, Function.identity()));
			List<PlanningConsent> consents = consentsOf(meeting.victimRecordId(), names);
			for (UUID recipient : new HashSet<>(command.recipients())) {
				MeetingInvitation invitation = invitations.get(recipient);
				if (invitation == null) {
					throw new RecordNotFoundException("victim-meeting-invitation", recipient);
				}
				if (!Boolean.TRUE.equals(invitation.attended())) {
					throw new ServicePlanningRefused("recipients", "victim.planning.refused.notParticipant");
				}
				if (consents.stream()
					.noneMatch((consent) -> consent.partnerAgencyId().equals(invitation.partnerAgencyId())
							&& consent.coversOn(command.distributedOn()) && consent.coversOn(today))) {
					throw new ServicePlanningRefused("recipients", "victim.planning.refused.consentWithdrawn");
				}
			}
			return command.recipients().stream().distinct().map((recipient) -> {
				UUID id = UUID.randomUUID();
				this.database.jdbc()
					.sql("""
							insert into victim.planning_distribution (id, agency_id, meeting_id, invitation_id, sent_on,
							    method, recorded_by_username, recorded_at)
							values (?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(id, actor.agencyId().value(), meetingId, recipient, command.distributedOn(),
							command.distributionMethod().name(), actor.username(), now())
					.update();
				return id;
			}).toList();
		});
		this.audit.record(AuditAction.CREATE, "victim-meeting-distribution", meetingId.toString(),
				"recipients=" + ids.size());
		return ids;
	}

	/**
	 * Records that the chair reviewed the summary with the victim, who did not attend
	 * (seed 004, step 6).
	 * @throws ServicePlanningRefused before the summary is written or when she attended
	 */
	@PreAuthorize("hasAuthority('VICTIM_CONTACT_ACCESS')")
	@Transactional
	public void recordVictimReview(UUID meetingId, long version, @Valid VictimReviewCommand command) {
		requireEntry();
		Actor actor = CurrentActor.require();
		Map<UUID, String> names = agencyNames();
		LocalDate today = today();
		int changed = this.database.write(() -> {
			PlanningMeeting meeting = loadMeeting(meetingId, names, null, today);
			if (!meeting.summaryRecorded()) {
				throw new ServicePlanningRefused("*", "victim.planning.refused.noSummary");
			}
			if (Boolean.TRUE.equals(meeting.victimAttended())) {
				throw new ServicePlanningRefused("*", "victim.planning.refused.victimAttended");
			}
			return this.database.jdbc()
				.sql("""
						update victim.planning_meeting set victim_review_on = ?, victim_review_method = ?,
						    victim_review_response_cipher = ?, victim_review_by_username = ?, version = version + 1
						where id = ? and version = ?""")
				.params(command.reviewedOn(), command.reviewMethod().name(),
						this.cipher.seal(command.victimResponse(), "meeting.victim_response", meetingId),
						actor.username(), meetingId, version)
				.update();
		});
		requireVersion(changed, meetingId, version);
		this.audit.record(AuditAction.UPDATE, MEETING, meetingId.toString(), "victim review");
	}

	/**
	 * Adds an action commitment with its owner and due date (seed 004, steps 6 and 7).
	 */
	@PreAuthorize("hasAuthority('VICTIM_CONTACT_ACCESS')")
	@Transactional
	public UUID addActionItem(UUID meetingId, @Valid ActionItemCommand command) {
		requireEntry();
		Actor actor = CurrentActor.require();
		UUID id = UUID.randomUUID();
		this.database.write(() -> {
			requireMeeting(meetingId);
			if (command.ownerInvitation() != null && this.database.jdbc()
				.sql("select count(*) from victim.planning_invitation where id = ? and meeting_id = ?")
				.params(command.ownerInvitation(), meetingId)
				.query(Long.class)
				.single() == 0) {
				throw new ServicePlanningRefused("ownerInvitation", "victim.planning.refused.ownerNotInvited");
			}
			return this.database.jdbc()
				.sql("""
						insert into victim.planning_action_item (id, agency_id, meeting_id, owner_invitation_id,
						    owner_name, description_cipher, due_on, status, recorded_by_username, recorded_at, version)
						values (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, 0)""")
				.params(id, actor.agencyId().value(), meetingId, command.ownerInvitation(), command.ownerName().strip(),
						this.cipher.seal(command.actionDescription(), "action.description", id), command.dueOn(),
						actor.username(), now())
				.update();
		});
		this.audit.record(AuditAction.CREATE, "victim-meeting-action", id.toString(), "meeting=" + meetingId);
		return id;
	}

	/**
	 * Moves an action item on; done or dropped closes it today, any other status reopens
	 * it.
	 * @throws OptimisticLockingFailureException when the item changed since
	 * {@code version}
	 */
	@PreAuthorize("hasAuthority('VICTIM_CONTACT_ACCESS')")
	@Transactional
	public UUID updateActionItem(UUID itemId, long version, @Valid ActionItemUpdate update) {
		requireEntry();
		LocalDate closedOn = update.status().closed() ? today() : null;
		UUID meetingId = this.database.write(() -> {
			UUID meeting = this.database.jdbc()
				.sql("select meeting_id from victim.planning_action_item where id = ?")
				.param(itemId)
				.query(UUID.class)
				.optional()
				.orElseThrow(() -> new RecordNotFoundException("victim-meeting-action", itemId));
			int changed = this.database.jdbc()
				.sql("""
						update victim.planning_action_item set status = ?, closed_on = ?, closing_note_cipher = ?,
						    version = version + 1
						where id = ? and version = ?""")
				.params(update.status().name(), closedOn,
						this.cipher.seal(update.closingNote(), "action.closing_note", itemId), itemId, version)
				.update();
			requireVersion(changed, itemId, version);
			return meeting;
		});
		this.audit.record(AuditAction.UPDATE, "victim-meeting-action", itemId.toString(), "status=" + update.status());
		return meetingId;
	}

	/**
	 * Records an issue forwarded to the Chair of the Protocol Committee (seed 004, step
	 * 8).
	 * @throws ServicePlanningRefused when the interagency issue resolution process is not
	 * said to have left it unresolved
	 */
	@PreAuthorize("hasAuthority('VICTIM_CONTACT_ACCESS')")
	@Transactional
	public UUID forwardIssue(UUID meetingId, @Valid ForwardedIssueCommand command) {
		requireEntry();
		if (!command.unresolved()) {
			throw new ServicePlanningRefused("unresolved", "victim.planning.refused.resolvedElsewhere");
		}
		Actor actor = CurrentActor.require();
		UUID id = UUID.randomUUID();
		this.database.write(() -> {
			requireMeeting(meetingId);
			return this.database.jdbc()
				.sql("""
						insert into victim.planning_forwarded_issue (id, agency_id, meeting_id, kind,
						    description_cipher, committee_chair_name, forwarded_on, method, recorded_by_username,
						    recorded_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, actor.agencyId().value(), meetingId, command.issueKind().name(),
						this.cipher.seal(command.issueDescription(), "forwarded.description", id),
						command.committeeChair().strip(), command.forwardedOn(), command.forwardMethod().name(),
						actor.username(), now())
				.update();
		});
		this.audit.record(AuditAction.CREATE, "victim-meeting-forwarded", id.toString(), "meeting=" + meetingId);
		return id;
	}

	private void requireEntry() {
		if (this.victims.stepUpNeeded()) {
			throw new StepUpRequired();
		}
	}

	private static void checkSchedule(MeetingCommand command) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (command.presentedToHart()) {
			problems.put("presentedToHart", "victim.planning.refused.hart");
		}
		if (!command.processExplained()) {
			problems.put("processExplained", "victim.planning.refused.permission");
		}
		if (command.interpreter() == InterpreterNeed.SPOKEN_LANGUAGE && blank(command.interpreterLanguage())) {
			problems.put("interpreterLanguage", "victim.planning.refused.language");
		}
		if (!problems.isEmpty()) {
			throw new ServicePlanningRefused(problems);
		}
	}

	private String sealLanguage(MeetingCommand command, UUID meetingId) {
		String language = (command.interpreter() == InterpreterNeed.SPOKEN_LANGUAGE) ? command.interpreterLanguage()
				: null;
		return this.cipher.seal(language, "meeting.interpreter_language", meetingId);
	}

	private PlanningMeeting read(UUID meetingId) {
		Map<UUID, String> names = agencyNames();
		LocalDate today = today();
		return this.database.read(() -> loadMeeting(meetingId, names, null, today));
	}

	private Map<UUID, String> agencyNames() {
		return this.agencies.partnerAgencies()
			.stream()
			.collect(Collectors.toMap(PartnerAgencyListing::id, PartnerAgencyListing::name));
	}

	private void requireRecord(UUID recordId) {
		if (!exists(this.database.jdbc().sql("select count(*) from victim.victim_record where id = ?"), recordId)) {
			throw new RecordNotFoundException(VictimContactManagement.RECORD_TYPE, recordId);
		}
	}

	private void requireMeeting(UUID meetingId) {
		if (!exists(this.database.jdbc().sql("select count(*) from victim.planning_meeting where id = ?"), meetingId)) {
			throw new RecordNotFoundException(MEETING, meetingId);
		}
	}

	private static boolean exists(JdbcClient.StatementSpec count, UUID id) {
		return count.param(id).query(Long.class).single() > 0;
	}

	private static void requireVersion(int changed, UUID id, long version) {
		if (changed == 0) {
			throw new OptimisticLockingFailureException("Record " + id + " changed since version " + version);
		}
	}

	private List<PlanningConsent> consentsOf(UUID recordId, Map<UUID, String> names) {
		return this.database.jdbc()
			.sql("""
					select id, partner_agency_id, release_information, receive_information, form, signed_on, expires_on,
					       revoked_on, version
					from victim.planning_consent where victim_record_id = ? order by signed_on desc, recorded_at desc""")
			.param(recordId)
			.query((rs, row) -> {
				UUID agency = rs.getObject("partner_agency_id", UUID.class);
				return new PlanningConsent(rs.getObject("id", UUID.class), agency, names.get(agency),
						rs.getBoolean("release_information"), rs.getBoolean("receive_information"),
						ConsentForm.valueOf(rs.getString("form")), rs.getObject("signed_on", LocalDate.class),
						rs.getObject("expires_on", LocalDate.class), rs.getObject("revoked_on", LocalDate.class),
						rs.getLong("version"));
			})
			.list();
	}

	/** A meeting with everything recorded about it; {@code consents} are read if null. */
	private PlanningMeeting loadMeeting(UUID meetingId, Map<UUID, String> names, List<PlanningConsent> consents,
			LocalDate today) {
		PlanningMeeting bare = this.database.jdbc()
			.sql("select " + MEETING_COLUMNS + " from victim.planning_meeting where id = ?")
			.param(meetingId)
			.query((rs, row) -> meeting(rs, List.of(), List.of(), List.of(), List.of()))
			.optional()
			.orElseThrow(() -> new RecordNotFoundException(MEETING, meetingId));
		List<PlanningConsent> known = (consents != null) ? consents : consentsOf(bare.victimRecordId(), names);
		List<MeetingInvitation> invitations = this.database.jdbc()
			.sql("""
					select id, partner_agency_id, representative_name, consent_id, consent_sent_on, consent_sent_by,
					       attended, invited_by_username
					from victim.planning_invitation where meeting_id = ? order by invited_at""")
			.param(meetingId)
			.query((rs, row) -> {
				UUID agency = rs.getObject("partner_agency_id", UUID.class);
				return new MeetingInvitation(rs.getObject("id", UUID.class), agency, names.get(agency),
						rs.getString("representative_name"), rs.getObject("consent_id", UUID.class),
						rs.getObject("consent_sent_on", LocalDate.class),
						DeliveryMethod.valueOf(rs.getString("consent_sent_by")), (Boolean) rs.getObject("attended"),
						rs.getString("invited_by_username"),
						known.stream()
							.anyMatch(
									(consent) -> consent.partnerAgencyId().equals(agency) && consent.coversOn(today)));
			})
			.list();
		Map<UUID, MeetingInvitation> byId = invitations.stream()
			.collect(Collectors.toMap(MeetingInvitation::id, Function.identity()));
		List<SummaryDistribution> distributions = this.database.jdbc()
			.sql("""
					select id, invitation_id, sent_on, method, recorded_by_username
					from victim.planning_distribution where meeting_id = ? order by sent_on, recorded_at""")
			.param(meetingId)
			.query((rs, row) -> {
				UUID invitation = rs.getObject("invitation_id", UUID.class);
				return new SummaryDistribution(rs.getObject("id", UUID.class), invitation,
						byId.get(invitation).agencyName(), rs.getObject("sent_on", LocalDate.class),
						DeliveryMethod.valueOf(rs.getString("method")), rs.getString("recorded_by_username"));
			})
			.list();
		List<ActionItem> actions = this.database.jdbc()
			.sql("""
					select id, owner_invitation_id, owner_name, description_cipher, due_on, status, closed_on,
					       closing_note_cipher, version
					from victim.planning_action_item where meeting_id = ? order by due_on, recorded_at""")
			.param(meetingId)
			.query((rs, row) -> {
				UUID id = rs.getObject("id", UUID.class);
				UUID owner = rs.getObject("owner_invitation_id", UUID.class);
				LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
				ActionItemStatus status = ActionItemStatus.valueOf(rs.getString("status"));
				return new ActionItem(id, owner, (owner != null) ? byId.get(owner).agencyName() : null,
						rs.getString("owner_name"),
						this.cipher.open(rs.getString("description_cipher"), "action.description", id), dueOn, status,
						rs.getObject("closed_on", LocalDate.class),
						this.cipher.open(rs.getString("closing_note_cipher"), "action.closing_note", id),
						rs.getLong("version"), ActionItem.overdueOn(dueOn, status, today));
			})
			.list();
		List<ForwardedIssue> forwarded = this.database.jdbc()
			.sql("""
					select id, kind, description_cipher, committee_chair_name, forwarded_on, method,
					       recorded_by_username
					from victim.planning_forwarded_issue where meeting_id = ? order by forwarded_on, recorded_at""")
			.param(meetingId)
			.query((rs, row) -> {
				UUID id = rs.getObject("id", UUID.class);
				return new ForwardedIssue(id, ForwardedIssueKind.valueOf(rs.getString("kind")),
						this.cipher.open(rs.getString("description_cipher"), "forwarded.description", id),
						rs.getString("committee_chair_name"), rs.getObject("forwarded_on", LocalDate.class),
						DeliveryMethod.valueOf(rs.getString("method")), rs.getString("recorded_by_username"));
			})
			.list();
		return new PlanningMeeting(bare.id(), bare.victimRecordId(), bare.initiatedBy(), bare.trigger(), bare.ground(),
				bare.permissionGivenOn(), bare.chairName(), bare.scheduledAt(), bare.format(), bare.place(),
				bare.victimParticipation(), bare.interpreter(), bare.interpreterLanguage(),
				bare.interpreterArrangements(), bare.victimAttended(), bare.decisions(), bare.agreements(),
				bare.commitments(), bare.summaryBy(), bare.summaryRecordedAt(), bare.victimReviewOn(),
				bare.victimReviewMethod(), bare.victimResponse(), bare.version(), invitations, distributions, actions,
				forwarded);
	}

	private PlanningMeeting meeting(ResultSet rs, List<MeetingInvitation> invitations,
			List<SummaryDistribution> distributions, List<ActionItem> actions, List<ForwardedIssue> forwarded)
			throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Timestamp summaryAt = rs.getTimestamp("summary_recorded_at");
		String reviewMethod = rs.getString("victim_review_method");
		return new PlanningMeeting(id, rs.getObject("victim_record_id", UUID.class),
				rs.getString("initiated_by_username"), MeetingTrigger.valueOf(rs.getString("trigger")),
				MeetingGround.valueOf(rs.getString("ground")), rs.getObject("permission_given_on", LocalDate.class),
				rs.getString("chair_name"),
				LocalDateTime.ofInstant(rs.getTimestamp("scheduled_at").toInstant(), ProgramZone.ZONE),
				MeetingFormat.valueOf(rs.getString("format")),
				this.cipher.open(rs.getString("place_cipher"), "meeting.place", id),
				VictimParticipation.valueOf(rs.getString("victim_participation")),
				InterpreterNeed.valueOf(rs.getString("interpreter")),
				this.cipher.open(rs.getString("interpreter_language_cipher"), "meeting.interpreter_language", id),
				this.cipher.open(rs.getString("interpreter_arrangements_cipher"), "meeting.interpreter_arrangements",
						id),
				(Boolean) rs.getObject("victim_attended"),
				this.cipher.open(rs.getString("decisions_cipher"), "meeting.decisions", id),
				this.cipher.open(rs.getString("agreements_cipher"), "meeting.agreements", id),
				this.cipher.open(rs.getString("commitments_cipher"), "meeting.commitments", id),
				rs.getString("summary_by_username"), (summaryAt != null) ? summaryAt.toInstant() : null,
				rs.getObject("victim_review_on", LocalDate.class),
				(reviewMethod != null) ? DeliveryMethod.valueOf(reviewMethod) : null,
				this.cipher.open(rs.getString("victim_review_response_cipher"), "meeting.victim_response", id),
				rs.getLong("version"), invitations, distributions, actions, forwarded);
	}

	private static Instant local(LocalDateTime time) {
		return time.atZone(ProgramZone.ZONE).toInstant();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String blankToNull(String value) {
		return blank(value) ? null : value.strip();
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS));
	}

}
