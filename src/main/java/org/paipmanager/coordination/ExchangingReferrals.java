package org.paipmanager.coordination;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import ca.uhn.fhir.parser.DataFormatException;
import jakarta.validation.Valid;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Task;

import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.AgencyProfile;
import org.paipmanager.agency.PartnerAgencyListing;
import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.consent.ConsentManagement;
import org.paipmanager.consent.DisclosingInformation;
import org.paipmanager.consent.DisclosureRefused;
import org.paipmanager.consent.DisclosureRequest;
import org.paipmanager.consent.InformationCategory;
import org.paipmanager.consent.ReleaseId;
import org.paipmanager.consent.ReleasePurpose;
import org.paipmanager.consent.ReleaseRecipient;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.RecordNotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * Closed-loop referral exchange (issue 7, ADR 0018). A referral already recorded under a
 * release is sent to the agency: as an HL7 FHIR R4 Task and ServiceRequest to an agency
 * marked as taking FHIR, or as a printed referral otherwise. Sending checks again that a
 * release in force today covers the agency and every category sent (501.115(b)(11)(B),
 * 501.210(b)) and ledgers the disclosure through the disclosure service in the same
 * transaction (CON-2). The agency's answers (accepted, rejected with a reason, completed)
 * come back as FHIR Task updates authenticated by the agency's token, or are entered by
 * staff for an agency on paper; they are kept as history and shown on the participant
 * file (501.115(b)(11)(B)). Nothing here reads victim data.
 */
@Service
@Validated
public class ExchangingReferrals {

	static final String STATUS_RECORD = "outgoing-referral-status";

	static final String ENDPOINT_RECORD = "fhir-endpoint";

	/** The actor name of a partner agency's own status updates. */
	static final String PARTNER_ACTOR = "fhir-partner";

	private static final String RELEASE_RULE = "501.115(b)(11)(B)";

	private static final int MAX_BODY = 64 * 1024;

	private final ConsentManagement consent;

	private final DisclosingInformation disclosures;

	private final ParticipantManagement participants;

	private final AgencyManagement agencies;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final FhirDelivery delivery;

	private final TransactionTemplate transactions;

	ExchangingReferrals(ConsentManagement consent, DisclosingInformation disclosures,
			ParticipantManagement participants, AgencyManagement agencies, AuditLog audit, JdbcClient jdbc, Clock clock,
			FhirDelivery delivery, PlatformTransactionManager transactionManager) {
		this.consent = consent;
		this.disclosures = disclosures;
		this.participants = participants;
		this.agencies = agencies;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
		this.delivery = delivery;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** The directory's agencies and how each takes referrals (FHIR or paper). */
	@PreAuthorize("hasAuthority('AGENCY_WRITE')")
	@Transactional
	public List<FhirPartner> partners() {
		Map<UUID, Endpoint> endpoints = new LinkedHashMap<>();
		this.jdbc.sql("select partner_agency_id, base_url, token_issued_at from coordination_fhir_endpoint")
			.query((rs, row) -> endpoints.put(rs.getObject(1, UUID.class),
					new Endpoint(rs.getString(2), rs.getTimestamp(3).toInstant())))
			.list();
		List<FhirPartner> found = this.agencies.partnerAgencies().stream().map((listing) -> {
			Endpoint endpoint = endpoints.get(listing.id());
			return new FhirPartner(listing.id(), listing.name(), listing.category(),
					(endpoint != null) ? endpoint.baseUrl() : null, (endpoint != null) ? endpoint.issuedAt() : null);
		}).toList();
		this.audit.record(AuditAction.READ, ENDPOINT_RECORD + "-list", null, "rows=" + endpoints.size());
		return found;
	}

	/**
	 * Marks the agency as taking FHIR referrals at this base URL and issues a new token
	 * for its status updates; an earlier token stops working.
	 * @return the token, to hand to the agency once: only its hash is kept
	 */
	@PreAuthorize("hasAuthority('AGENCY_WRITE')")
	@Transactional
	public IssuedToken connect(UUID partnerAgencyId, @Valid FhirEndpointCommand command) {
		PartnerAgencyListing partner = partner(partnerAgencyId)
			.orElseThrow(() -> new RecordNotFoundException("partner-agency", partnerAgencyId));
		Actor actor = CurrentActor.require();
		UUID credential = UUID.randomUUID();
		String secret = FhirTokens.newSecret();
		Timestamp now = now();
		this.jdbc
			.sql("""
					insert into coordination_fhir_endpoint (partner_agency_id, agency_id, base_url, credential_id, token_hash,
					    token_issued_at, updated_by_username)
					values (?, ?, ?, ?, ?, ?, ?)
					on conflict (partner_agency_id) do update set base_url = excluded.base_url,
					    credential_id = excluded.credential_id, token_hash = excluded.token_hash,
					    token_issued_at = excluded.token_issued_at, updated_by_username = excluded.updated_by_username,
					    version = coordination_fhir_endpoint.version + 1""")
			.params(partner.id(), actor.agencyId().value(), command.baseUrl().strip(), credential,
					FhirTokens.hash(secret), now, actor.username())
			.update();
		this.audit.record(AuditAction.UPDATE, ENDPOINT_RECORD, partner.id().toString(),
				"token issued, credential=" + credential);
		return new IssuedToken(partner.id(), credential + "." + secret);
	}

	/** Each referral's statuses, oldest first, by referral. */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public Map<UUID, List<ReferralStatusEntry>> statuses(ParticipantId id) {
		Map<UUID, List<ReferralStatusEntry>> byReferral = new LinkedHashMap<>();
		List<ReferralStatusEntry> found = this.jdbc
			.sql("""
					select s.referral_id, s.status, s.channel, s.reason, s.recorded_on, s.recorded_at, s.recorded_by_username
					from coordination_referral_status s
					join coordination_outgoing_referral r on r.id = s.referral_id
					where r.participant_id = ?
					order by s.recorded_at,
					    array_position(array['REQUESTED', 'ACCEPTED', 'REJECTED', 'COMPLETED'], s.status)""")
			.param(id.value())
			.query((rs, row) -> new ReferralStatusEntry(rs.getObject(1, UUID.class),
					ReferralStatus.valueOf(rs.getString(2)), ReferralChannel.valueOf(rs.getString(3)), rs.getString(4),
					rs.getObject(5, LocalDate.class), rs.getTimestamp(6).toInstant(), rs.getString(7)))
			.list();
		found.forEach((entry) -> byReferral.computeIfAbsent(entry.referralId(), (key) -> new java.util.ArrayList<>())
			.add(entry));
		this.audit.record(AuditAction.READ, STATUS_RECORD + "-list", id.toString(), "rows=" + found.size());
		return byReferral;
	}

	/**
	 * How each of the participant's referrals would travel: FHIR or paper, by referral.
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional(readOnly = true)
	public Map<UUID, ReferralChannel> channels(ParticipantId id) {
		Map<UUID, ReferralChannel> channels = new LinkedHashMap<>();
		this.jdbc.sql("""
				select r.id, e.partner_agency_id is not null from coordination_outgoing_referral r
				left join coordination_fhir_endpoint e on e.partner_agency_id = r.partner_agency_id
				where r.participant_id = ?""")
			.param(id.value())
			.query((rs, row) -> channels.put(rs.getObject(1, UUID.class),
					rs.getBoolean(2) ? ReferralChannel.FHIR : ReferralChannel.PAPER))
			.list();
		return channels;
	}

	/**
	 * Sends a recorded referral to its agency: by FHIR when the agency takes it, else as
	 * a referral to print.
	 * @throws OutgoingReferralRefused when no release in force today covers the agency
	 * and the information sent (501.115(b)(11)(B)), or the referral was already sent
	 * @throws ReferralDeliveryFailed when the agency's FHIR server does not take it; then
	 * nothing is recorded and no disclosure is ledgered
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	@Transactional
	public ReferralDispatch send(ParticipantId id, UUID referralId) {
		Sent sent = prepare(id, referralId);
		if (sent.endpoint() == null) {
			return new ReferralDispatch(referralId, ReferralChannel.PAPER, 0);
		}
		Bundle bundle = FhirReferralDocument.bundle(sent.facts());
		List<String> problems = SdohReferralRules.problems(bundle);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Referral " + referralId + " breaks the referral rules: " + problems);
		}
		int status = this.delivery.post(referralId, sent.endpoint().baseUrl(), FhirReferralDocument.json(bundle));
		return new ReferralDispatch(referralId, ReferralChannel.FHIR, status);
	}

	/**
	 * The FHIR Bundle a referral is sent as, built exactly as {@link #send} builds it but
	 * without sending or ledgering anything (for tests and checks).
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	@Transactional
	public String bundlePreview(ParticipantId id, UUID referralId) {
		Referral referral = referral(id, referralId);
		ReleaseRecipient recipient = ReleaseRecipient.partnerAgency(referral.partnerAgencyId());
		ReleaseId release = releaseForSending(id, referral, recipient);
		return FhirReferralDocument.json(FhirReferralDocument
			.bundle(facts(id, referral, coversProgress(id, release, recipient), Instant.now(this.clock))));
	}

	private Sent prepare(ParticipantId id, UUID referralId) {
		Referral referral = referral(id, referralId);
		if (latest(referralId).isPresent()) {
			throw new OutgoingReferralRefused("referralId", "coordination.exchange.alreadySent", RELEASE_RULE);
		}
		ReleaseRecipient recipient = ReleaseRecipient.partnerAgency(referral.partnerAgencyId());
		ReleaseId release = releaseForSending(id, referral, recipient);
		boolean progress = coversProgress(id, release, recipient);
		Set<InformationCategory> categories = EnumSet.of(InformationCategory.REFERRAL_FOR_SERVICES);
		if (progress) {
			categories.add(InformationCategory.ATTENDANCE_AND_COMPLIANCE);
		}
		Endpoint endpoint = endpoint(referral.partnerAgencyId()).orElse(null);
		ReferralChannel channel = (endpoint != null) ? ReferralChannel.FHIR : ReferralChannel.PAPER;
		try {
			this.disclosures.disclose(DisclosureRequest.underRelease(id, recipient, ReleasePurpose.REFERRAL_TO_SERVICES,
					categories,
					(channel == ReferralChannel.FHIR)
							? "Referral sent to " + referral.partnerAgencyName() + " as FHIR ServiceRequest and Task"
							: "Printed referral for " + referral.partnerAgencyName(),
					"outgoing referral " + referralId, release));
		}
		catch (DisclosureRefused refused) {
			throw new OutgoingReferralRefused("referralId", "coordination.exchange.noRelease", RELEASE_RULE);
		}
		Instant sentAt = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		insertStatus(referralId, ReferralStatus.REQUESTED, channel, null, LocalDate.now(this.clock), sentAt,
				CurrentActor.require().username());
		this.audit.record(AuditAction.EXPORT, CoordinationManagement.RECORD_TYPE, referralId.toString(),
				"sent, channel=" + channel + ", release=" + release + ", categories=" + categories.size());
		return new Sent(facts(id, referral, progress, sentAt), endpoint);
	}

	/**
	 * Records what a partner on paper reported back.
	 * @throws OutgoingReferralRefused when the referral was not sent on paper, already
	 * ended (rejected or completed), a rejection has no reason, or the date precedes the
	 * sending
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	@Transactional
	public void recordStatus(ParticipantId id, @Valid ReferralStatusCommand command) {
		referral(id, command.referralId());
		ReferralStatusEntry latest = latest(command.referralId()).orElseThrow(
				() -> new OutgoingReferralRefused("referralId", "coordination.exchange.notSent", RELEASE_RULE));
		if (latest.channel() != ReferralChannel.PAPER) {
			throw new OutgoingReferralRefused("referralId", "coordination.exchange.answersByFhir", RELEASE_RULE);
		}
		if (command.status() == ReferralStatus.REQUESTED) {
			throw new OutgoingReferralRefused("status", "coordination.exchange.statusRequested", RELEASE_RULE);
		}
		if (latest.status().isFinal()) {
			throw new OutgoingReferralRefused("status", "coordination.exchange.alreadyEnded", RELEASE_RULE);
		}
		String reason = blankToNull(command.reason());
		if (command.status() == ReferralStatus.REJECTED && reason == null) {
			throw new OutgoingReferralRefused("reason", "coordination.exchange.reasonRequired", RELEASE_RULE);
		}
		if (command.reportedOn().isBefore(sentOn(command.referralId()))) {
			throw new OutgoingReferralRefused("reportedOn", "coordination.exchange.beforeSent", RELEASE_RULE);
		}
		insertStatus(command.referralId(), command.status(), ReferralChannel.PAPER, reason, command.reportedOn(),
				Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS), CurrentActor.require().username());
		this.audit.record(AuditAction.CREATE, STATUS_RECORD, command.referralId().toString(),
				"status=" + command.status() + ", channel=PAPER");
	}

	/** An empty status form dated today. */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	public ReferralStatusCommand newStatus() {
		return ReferralStatusCommand.blank(LocalDate.now(this.clock));
	}

	/**
	 * The printed referral of a referral sent on paper.
	 * @throws RecordNotFoundException when it was not sent on paper
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	@Transactional
	public PrintableReferral printable(ParticipantId id, UUID referralId) {
		Referral referral = referral(id, referralId);
		ReferralStatusEntry requested = this.jdbc
			.sql("""
					select referral_id, status, channel, reason, recorded_on, recorded_at, recorded_by_username
					from coordination_referral_status where referral_id = ? and status = 'REQUESTED' and channel = 'PAPER'""")
			.param(referralId)
			.query((rs, row) -> new ReferralStatusEntry(rs.getObject(1, UUID.class), ReferralStatus.REQUESTED,
					ReferralChannel.PAPER, null, rs.getObject(5, LocalDate.class), rs.getTimestamp(6).toInstant(),
					rs.getString(7)))
			.optional()
			.orElseThrow(() -> new RecordNotFoundException(CoordinationManagement.RECORD_TYPE, referralId));
		ParticipantDetails participant = this.participants.get(id);
		AgencyProfile program = this.agencies.currentAgency().orElseThrow();
		this.audit.record(AuditAction.READ, CoordinationManagement.RECORD_TYPE + "-printed", referralId.toString(),
				"participant=" + id);
		return new PrintableReferral(referralId, participant.firstName() + " " + participant.lastName(),
				participant.dateOfBirth(), referral.category(), referral.purpose(), referral.referredOn(),
				requested.recordedOn(), program.name(), program.phone(), referral.partnerAgencyName(),
				referral.releaseId().value());
	}

	/**
	 * A partner agency's Task update ({@code PUT /fhir/r4/Task/{id}}), authenticated by
	 * the agency's token alone: 401 for a missing or wrong token, 404 for a Task that is
	 * not a referral sent to that agency by FHIR, 400 for anything but a valid Task with
	 * status accepted, rejected (with statusReason) or completed, 409 after the referral
	 * ended. Every answer is FHIR JSON; bad input is never a server error.
	 */
	public FhirAnswer receiveTask(String authorization, String taskId, String contentType, String body) {
		Optional<FhirTokens.Presented> presented = FhirTokens.fromHeader(authorization);
		if (presented.isEmpty()) {
			return unauthorized();
		}
		Credential credential = this.transactions.execute((status) -> this.jdbc
			.sql("select agency_id, partner_agency_id, token_hash from coordination_fhir_credential(?)")
			.param(presented.get().credentialId())
			.query((rs, row) -> new Credential(new AgencyId(rs.getObject(1, UUID.class)), rs.getObject(2, UUID.class),
					rs.getBytes(3)))
			.optional()
			.orElse(null));
		boolean matches = FhirTokens.matches(presented.get().secret(),
				(credential != null) ? credential.tokenHash() : null);
		if (credential == null) {
			return unauthorized();
		}
		Actor partnerActor = new Actor(null, credential.agencyId(), PARTNER_ACTOR, Set.of());
		if (!matches) {
			CurrentActor.runAs(partnerActor,
					() -> this.transactions
						.executeWithoutResult((status) -> this.audit.record(AuditAction.SIGN_IN_FAILED, ENDPOINT_RECORD,
								credential.partnerAgencyId().toString(), "wrong FHIR token")));
			return unauthorized();
		}
		return CurrentActor.callAs(partnerActor, () -> this.transactions
			.execute((status) -> applyTask(credential.partnerAgencyId(), taskId, contentType, body)));
	}

	private FhirAnswer applyTask(UUID partnerAgencyId, String taskId, String contentType, String body) {
		UUID referralId;
		try {
			referralId = UUID.fromString(taskId);
		}
		catch (IllegalArgumentException ex) {
			return notFound(taskId);
		}
		Optional<ReferralStatusEntry> latest = latest(referralId);
		boolean ours = latest.isPresent() && this.jdbc
			.sql("""
					select count(*) from coordination_outgoing_referral r
					join coordination_referral_status s on s.referral_id = r.id and s.status = 'REQUESTED' and s.channel = 'FHIR'
					where r.id = ? and r.partner_agency_id = ?""")
			.params(referralId, partnerAgencyId)
			.query(Long.class)
			.single() > 0;
		if (!ours) {
			return notFound(taskId);
		}
		String type = (contentType != null) ? contentType.toLowerCase(Locale.ROOT) : "";
		if (!type.startsWith("application/fhir+json") && !type.startsWith("application/json")) {
			return new FhirAnswer(415,
					FhirReferralDocument.outcome(IssueType.NOTSUPPORTED, "Send the Task as application/fhir+json."));
		}
		if (body == null || body.isBlank() || body.length() > MAX_BODY) {
			return bad(IssueType.INVALID, "The body must be a FHIR R4 Task in JSON of at most 64 KB.");
		}
		Task task;
		try {
			task = FhirReferralDocument.parseTask(body);
		}
		catch (DataFormatException | ClassCastException ex) {
			return bad(IssueType.STRUCTURE, "Not a valid FHIR R4 Task: " + FhirReferralDocument.parserProblem(ex));
		}
		if (!task.hasIdElement() || !referralId.toString().equals(task.getIdElement().getIdPart())) {
			return bad(IssueType.INVALID, "Task.id must equal the id in the URL (" + referralId + ").");
		}
		String focus = task.getFocus().getReference();
		String serviceRequest = FhirReferralDocument.serviceRequestId(referralId).toString();
		if (focus != null && !focus.endsWith(serviceRequest)) {
			return bad(IssueType.INVALID, "Task.focus must reference ServiceRequest/" + serviceRequest + ".");
		}
		ReferralStatus status = switch ((task.getStatus() != null) ? task.getStatus() : Task.TaskStatus.NULL) {
			case ACCEPTED -> ReferralStatus.ACCEPTED;
			case REJECTED -> ReferralStatus.REJECTED;
			case COMPLETED -> ReferralStatus.COMPLETED;
			default -> null;
		};
		if (status == null) {
			return bad(IssueType.VALUE, "Task.status must be accepted, rejected or completed.");
		}
		String reason = blankToNull(task.getStatusReason().hasText() ? task.getStatusReason().getText()
				: task.getStatusReason().getCodingFirstRep().getDisplay());
		if (status == ReferralStatus.REJECTED && reason == null) {
			return bad(IssueType.REQUIRED, "A rejected Task must give its reason in Task.statusReason.");
		}
		if (reason != null && reason.length() > 1000) {
			return bad(IssueType.TOOLONG, "Task.statusReason is longer than 1000 characters.");
		}
		if (reason != null && reason.indexOf('\u0000') >= 0) {
			// PostgreSQL text cannot hold NUL (found by Jazzer: it was a server error).
			return bad(IssueType.VALUE, "Task.statusReason must not contain the NUL character.");
		}
		ReferralStatusEntry current = latest.get();
		if (current.status() != status) {
			if (current.status().isFinal()) {
				return new FhirAnswer(409, FhirReferralDocument.outcome(IssueType.CONFLICT,
						"The referral is already " + current.status().fhirCode() + "; no later status is accepted."));
			}
			Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
			insertStatus(referralId, status, ReferralChannel.FHIR, reason, LocalDate.now(this.clock), now,
					PARTNER_ACTOR);
			this.audit.record(AuditAction.CREATE, STATUS_RECORD, referralId.toString(),
					"status=" + status + ", channel=FHIR, partner=" + partnerAgencyId);
		}
		return new FhirAnswer(200, FhirReferralDocument.json(task));
	}

	private static FhirAnswer unauthorized() {
		return new FhirAnswer(401, FhirReferralDocument.outcome(IssueType.SECURITY,
				"A valid partner token is required: Authorization: Bearer <token>."));
	}

	private static FhirAnswer notFound(String taskId) {
		return new FhirAnswer(404, FhirReferralDocument.outcome(IssueType.NOTFOUND,
				"No referral sent to your agency has Task id " + taskId.replaceAll("[^A-Za-z0-9.-]", "?") + "."));
	}

	private static FhirAnswer bad(IssueType type, String diagnostics) {
		return new FhirAnswer(400, FhirReferralDocument.outcome(type, diagnostics));
	}

	/**
	 * The release the referral goes out under today: one that also covers attendance and
	 * compliance if there is one (then the program stage may go along), else the
	 * referral's own release while in force, else any release in force covering referrals
	 * to the agency.
	 */
	private ReleaseId releaseForSending(ParticipantId id, Referral referral, ReleaseRecipient recipient) {
		LocalDate today = LocalDate.now(this.clock);
		Optional<ReleaseId> withProgress = this.consent
			.releaseInForce(id, recipient, InformationCategory.ATTENDANCE_AND_COMPLIANCE, today)
			.filter((release) -> this.consent.allows(release, id, recipient, InformationCategory.REFERRAL_FOR_SERVICES,
					today));
		return withProgress
			.or(() -> Optional.of(referral.releaseId())
				.filter((release) -> this.consent.allows(release, id, recipient,
						InformationCategory.REFERRAL_FOR_SERVICES, today)))
			.or(() -> this.consent.releaseInForce(id, recipient, InformationCategory.REFERRAL_FOR_SERVICES, today))
			.orElseThrow(
					() -> new OutgoingReferralRefused("referralId", "coordination.exchange.noRelease", RELEASE_RULE));
	}

	private boolean coversProgress(ParticipantId id, ReleaseId release, ReleaseRecipient recipient) {
		return this.consent.allows(release, id, recipient, InformationCategory.ATTENDANCE_AND_COMPLIANCE,
				LocalDate.now(this.clock));
	}

	private FhirReferralDocument.Facts facts(ParticipantId id, Referral referral, boolean progress, Instant sentAt) {
		ParticipantDetails participant = this.participants.get(id);
		AgencyProfile program = this.agencies.currentAgency().orElseThrow();
		return new FhirReferralDocument.Facts(referral.id(), id.value(), participant.firstName(),
				participant.lastName(), participant.dateOfBirth(), participant.gender(), program.id().value(),
				program.name(), program.phone(), referral.partnerAgencyId(), referral.partnerAgencyName(),
				referral.category(), referral.purpose(), sentAt,
				(progress && participant.stage() != null)
						? participant.stage().name().toLowerCase(Locale.ROOT).replace('_', ' ') : null,
				progress ? participant.stageChangedOn() : null);
	}

	private Referral referral(ParticipantId id, UUID referralId) {
		return this.jdbc.sql("""
				select id, category, partner_agency_id, partner_agency_name, purpose, referred_on, release_id
				from coordination_outgoing_referral where id = ? and participant_id = ?""")
			.params(referralId, id.value())
			.query((rs, row) -> new Referral(rs.getObject(1, UUID.class), ReferralCategory.valueOf(rs.getString(2)),
					rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class),
					new ReleaseId(rs.getObject(7, UUID.class))))
			.optional()
			.orElseThrow(() -> new RecordNotFoundException(CoordinationManagement.RECORD_TYPE, referralId));
	}

	private Optional<ReferralStatusEntry> latest(UUID referralId) {
		return this.jdbc
			.sql("""
					select referral_id, status, channel, reason, recorded_on, recorded_at, recorded_by_username
					from coordination_referral_status where referral_id = ?
					order by recorded_at desc, array_position(array['REQUESTED', 'ACCEPTED', 'REJECTED', 'COMPLETED'], status) desc
					limit 1""")
			.param(referralId)
			.query((rs, row) -> new ReferralStatusEntry(rs.getObject(1, UUID.class),
					ReferralStatus.valueOf(rs.getString(2)), ReferralChannel.valueOf(rs.getString(3)), rs.getString(4),
					rs.getObject(5, LocalDate.class), rs.getTimestamp(6).toInstant(), rs.getString(7)))
			.optional();
	}

	private LocalDate sentOn(UUID referralId) {
		return this.jdbc
			.sql("select recorded_on from coordination_referral_status where referral_id = ? and status = 'REQUESTED'")
			.param(referralId)
			.query(LocalDate.class)
			.single();
	}

	private Optional<Endpoint> endpoint(UUID partnerAgencyId) {
		return this.jdbc
			.sql("select base_url, token_issued_at from coordination_fhir_endpoint where partner_agency_id = ?")
			.param(partnerAgencyId)
			.query((rs, row) -> new Endpoint(rs.getString(1), rs.getTimestamp(2).toInstant()))
			.optional();
	}

	private Optional<PartnerAgencyListing> partner(UUID partnerAgencyId) {
		return this.agencies.listing(partnerAgencyId);
	}

	private void insertStatus(UUID referralId, ReferralStatus status, ReferralChannel channel, String reason,
			LocalDate on, Instant at, String by) {
		this.jdbc.sql("""
				insert into coordination_referral_status (id, agency_id, referral_id, status, channel, reason,
				    recorded_on, recorded_at, recorded_by_username)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), CurrentActor.require().agencyId().value(), referralId, status.name(),
					channel.name(), reason, on, Timestamp.from(at), by)
			.update();
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private record Referral(UUID id, ReferralCategory category, UUID partnerAgencyId, String partnerAgencyName,
			String purpose, LocalDate referredOn, ReleaseId releaseId) {
	}

	private record Endpoint(String baseUrl, Instant issuedAt) {
	}

	private record Credential(AgencyId agencyId, UUID partnerAgencyId, byte[] tokenHash) {
	}

	private record Sent(FhirReferralDocument.Facts facts, Endpoint endpoint) {
	}

}
