package org.paipmanager.consent;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.AgencyProfile;
import org.paipmanager.agency.PartnerAgencyListing;
import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.RecordNotFoundException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The confidentiality explanation given at intake (501.210(a)) and the participant's
 * releases of information (501.210(b), CON-1). Every read and change is audited in the
 * same transaction. Other modules ask {@link #releaseInForce} before they disclose.
 */
@Service
@Validated
public class ConsentManagement {

	static final String RELEASE = "release";

	static final String EXPLANATION = "confidentiality-explanation";

	private final Releases releases;

	private final ParticipantManagement participants;

	private final AgencyManagement agencies;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	ConsentManagement(Releases releases, ParticipantManagement participants, AgencyManagement agencies, AuditLog audit,
			JdbcClient jdbc, Clock clock) {
		this.releases = releases;
		this.participants = participants;
		this.agencies = agencies;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** An empty explanation form for today, in the participant's preferred language. */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	@Transactional
	public ConfidentialityExplanationCommand newExplanation(ParticipantId id) {
		return ConfidentialityExplanationCommand.blank(LocalDate.now(this.clock),
				this.participants.get(id).preferredLanguage());
	}

	/**
	 * Records that intake explained confidentiality and its legal exceptions
	 * (501.210(a)). Explaining again adds a record; earlier ones stay.
	 * @throws ConsentRefusal when the date is before the participant was referred
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	@Transactional
	public UUID recordExplanation(ParticipantId id, @Valid ConfidentialityExplanationCommand command) {
		ParticipantDetails participant = this.participants.get(id);
		if (command.explainedOn().isBefore(participant.referredOn())) {
			throw new ConsentRefusal("explainedOn", "consent.explanation.beforeReferral", "501.210(a)");
		}
		Actor actor = CurrentActor.require();
		UUID explanationId = UUID.randomUUID();
		// Append-only history: plain SQL, no aggregate.
		this.jdbc.sql("""
				insert into consent_confidentiality_explanation (id, agency_id, participant_id, explained_on, language,
				    child_abuse_exception, elder_abuse_exception, suicide_exception, intent_to_harm_exception,
				    release_forms_explained, notes, explained_by_staff_id, explained_by_username, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(explanationId, actor.agencyId().value(), id.value(), command.explainedOn(),
					command.language().strip(), command.childAbuseException(), command.elderAbuseException(),
					command.suicideException(), command.intentToHarmException(), command.releaseFormsExplained(),
					(command.notes() == null || command.notes().isBlank()) ? null : command.notes().strip(),
					actor.staffUuid(), actor.username(),
					Timestamp.from(Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS)))
			.update();
		this.audit.record(AuditAction.CREATE, EXPLANATION, explanationId.toString(), "participant=" + id);
		return explanationId;
	}

	/** Every confidentiality explanation given to a participant, newest first. */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public List<ConfidentialityExplanation> explanations(ParticipantId id) {
		List<ConfidentialityExplanation> found = this.jdbc.sql("""
				select id, explained_on, language, notes, explained_by_username, recorded_at
				from consent_confidentiality_explanation where participant_id = ?
				order by explained_on desc, recorded_at desc""")
			.param(id.value())
			.query((rs, row) -> new ConfidentialityExplanation(rs.getObject("id", UUID.class),
					rs.getObject("explained_on", LocalDate.class), rs.getString("language"), rs.getString("notes"),
					rs.getString("explained_by_username"), rs.getTimestamp("recorded_at").toInstant(), row == 0))
			.list();
		this.audit.record(AuditAction.READ, EXPLANATION + "-history", id.toString(), "rows=" + found.size());
		return found;
	}

	/** The partner agencies a release or referral can name (501.105). */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	@Transactional(readOnly = true)
	public List<PartnerAgencyListing> partnerAgencies() {
		return this.agencies.partnerAgencies();
	}

	/** An empty release form: signed today, for a year. */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	public ReleaseCommand newRelease() {
		return ReleaseCommand.blank(LocalDate.now(this.clock));
	}

	/**
	 * Records a release of information the participant signed (501.210(b)).
	 * @throws ConsentRefusal when the partner agency is not in the directory
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	@Transactional
	public ReleaseId addRelease(ParticipantId id, @Valid ReleaseCommand command) {
		ParticipantDetails participant = this.participants.get(id);
		String recipientName = switch (command.recipientKind()) {
			case PARTNER_AGENCY -> this.agencies.partnerAgencies()
				.stream()
				.filter((listing) -> listing.id().equals(command.partnerAgencyId()))
				.map(PartnerAgencyListing::name)
				.findFirst()
				.orElseThrow(() -> new ConsentRefusal("partnerAgencyId", "consent.release.unknownPartner", "501.105"));
			case OTHER -> command.recipientName().strip();
			case REFERRAL_SOURCE -> null;
		};
		Actor actor = CurrentActor.require();
		String disclosingProgram = this.agencies.currentAgency().map(AgencyProfile::name).orElse(null);
		Release release = Release.sign(actor.agencyId().value(), id.value(), command, disclosingProgram, recipientName,
				(command.recipientKind() == RecipientKind.REFERRAL_SOURCE) ? participant.referralSource() : null,
				actor.staffUuid(), actor.username());
		this.releases.save(release);
		this.audit.record(AuditAction.CREATE, RELEASE, release.id().toString(), "participant=" + id + ", recipient="
				+ command.recipientKind() + ", categories=" + command.categories().size());
		return new ReleaseId(release.id());
	}

	/** A participant's releases, newest first, each with its status today. */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public List<ReleaseView> releases(ParticipantId id) {
		LocalDate today = LocalDate.now(this.clock);
		List<ReleaseView> found = this.releases.findByParticipantIdOrderBySignedOnDescIdAsc(id.value())
			.stream()
			.map((release) -> release.toView(today))
			.toList();
		this.audit.record(AuditAction.READ, RELEASE + "-list", id.toString(), "rows=" + found.size());
		return found;
	}

	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public ReleaseView release(ParticipantId id, ReleaseId releaseId) {
		Release release = load(id, releaseId);
		this.audit.record(AuditAction.READ, RELEASE, releaseId.toString(), null);
		return release.toView(LocalDate.now(this.clock));
	}

	/** An empty revocation form for today, carrying the version the user read. */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	public RevocationCommand newRevocation(ReleaseView release) {
		return RevocationCommand.blank(LocalDate.now(this.clock), release.version());
	}

	/**
	 * Revokes a release from the given date. The release stays in the history; from that
	 * day it no longer allows anything.
	 * @throws OptimisticLockingFailureException when the release changed after the
	 * version the user read
	 * @throws ConsentRefusal when it was already revoked or the date precedes the signing
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	@Transactional
	public ReleaseView revoke(ParticipantId id, ReleaseId releaseId, @Valid RevocationCommand command) {
		Release release = load(id, releaseId);
		if (!Objects.equals(release.version(), command.version())) {
			throw new OptimisticLockingFailureException("Release " + releaseId + " was changed by someone else");
		}
		release.revoke(command.revokedOn(), command.reason(), CurrentActor.require().username());
		this.releases.save(release);
		this.audit.record(AuditAction.UPDATE, RELEASE, releaseId.toString(),
				"revoked from " + command.revokedOn() + ", participant=" + id);
		return release.toView(LocalDate.now(this.clock));
	}

	/**
	 * The release that allows disclosing information of {@code category} about the
	 * participant to {@code recipient} on {@code day}: signed on or before that day, not
	 * yet expired, not revoked and holding its statutory elements (witness, rights
	 * explained). Empty when there is none, and then nothing may be disclosed (501.210,
	 * CON-2).
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public Optional<ReleaseId> releaseInForce(ParticipantId participant, ReleaseRecipient recipient,
			InformationCategory category, LocalDate day) {
		return check(participant, recipient, category, day, null);
	}

	/**
	 * Whether this particular release allows the disclosure, as {@link #releaseInForce}
	 * judges it.
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public boolean allows(ReleaseId release, ParticipantId participant, ReleaseRecipient recipient,
			InformationCategory category, LocalDate day) {
		return check(participant, recipient, category, day, release).isPresent();
	}

	/**
	 * Of the given disclosures (ledger rows), those made under a release that is still in
	 * force on {@code day}, judged as {@link #releaseInForce} does: what may still be
	 * shown to the recipient as released to them (CON-2). A disclosure under a release
	 * since revoked or expired, or under a legal basis, is not among them.
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ') or hasAuthority('RELEASED_REPORTS_READ')")
	@Transactional(readOnly = true)
	public Set<UUID> stillCoveredByRelease(Collection<UUID> disclosures, LocalDate day) {
		if (disclosures.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.jdbc.sql("""
				select l.id from disclosure_ledger l join consent_release r on r.id = l.release_id
				where l.id in (:disclosures) and r.signed_on <= :day and r.expires_on > :day
				  and (r.revoked_on is null or r.revoked_on > :day)""")
			.param("disclosures", disclosures)
			.param("day", day)
			.query(UUID.class)
			.list());
	}

	private Optional<ReleaseId> check(ParticipantId participant, ReleaseRecipient recipient,
			InformationCategory category, LocalDate day, ReleaseId only) {
		// In force from the day signed; expired from the expiry date; revoked from the
		// revocation date (the same rule as Release.statusOn).
		Optional<ReleaseId> found = this.jdbc.sql("""
				select id from consent_release
				where participant_id = :participant and :category = any (categories)
				  and signed_on <= :day and expires_on > :day and (revoked_on is null or revoked_on > :day)
				  and witness_name is not null and right_to_revoke_explained and right_to_inspect_explained
				  and recipient_kind = :kind
				  and (:kind <> 'PARTNER_AGENCY' or partner_agency_id = cast(:partner as uuid))
				  and (:kind <> 'OTHER' or lower(trim(recipient_name)) = lower(trim(cast(:name as text))))
				  and (cast(:only as uuid) is null or id = cast(:only as uuid))
				order by expires_on desc, id limit 1""")
			.param("participant", participant.value())
			.param("category", category.name())
			.param("day", day)
			.param("kind", recipient.kind().name())
			.param("partner", recipient.partnerAgencyId())
			.param("name", recipient.name())
			.param("only", (only != null) ? only.value() : null)
			.query(UUID.class)
			.optional()
			.map(ReleaseId::new);
		this.audit.record(AuditAction.READ, RELEASE + "-check", participant.toString(),
				"recipient=" + recipient.kind() + ", category=" + category + ", on=" + day + ", found="
						+ found.map(ReleaseId::toString).orElse("none"));
		return found;
	}

	private Release load(ParticipantId id, ReleaseId releaseId) {
		return this.releases.findById(releaseId.value())
			.filter((release) -> release.participantId().equals(id.value()))
			.orElseThrow(() -> new RecordNotFoundException(RELEASE, releaseId));
	}

}
