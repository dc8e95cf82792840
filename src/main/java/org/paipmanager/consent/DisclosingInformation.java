package org.paipmanager.consent;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.ParticipantId;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way participant information leaves the program (501.210, CON-2). At send time
 * it checks the release as the database holds it at that moment, or takes an explicit
 * legal exception with its justification, and writes a disclosure ledger row in the
 * caller's transaction: if the caller's work fails afterwards, neither remains.
 * Substance-use treatment information gets the 42 CFR 2.32 redisclosure notice.
 */
@Service
public class DisclosingInformation {

	static final String DISCLOSURE = "disclosure";

	static final String NOTICE_KEY = "consent.disclosure.notice";

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private final ParticipantManagement participants;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	DisclosingInformation(ParticipantManagement participants, AuditLog audit, JdbcClient jdbc, MessageSource messages,
			Clock clock) {
		this.participants = participants;
		this.audit = audit;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Records a disclosure after checking its authority, in the caller's transaction.
	 * @return the ledger row and the notice the caller must attach, if any
	 * @throws DisclosureRefused naming every missing element: no release or legal basis,
	 * release not found, not yet in force, revoked, expired, recipient, purpose or a
	 * category not covered, a legal basis without justification, nothing described.
	 * Nothing is written before the refusal, so it leaves the caller's transaction
	 * usable: a caller may catch it and carry on (the refusal itself is audited then).
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional(noRollbackFor = DisclosureRefused.class)
	public DisclosureReceipt disclose(DisclosureRequest request) {
		this.participants.get(request.participant());
		LocalDate today = LocalDate.now(this.clock);
		Map<String, String> problems = new LinkedHashMap<>();
		if (request.description() == null || request.description().isBlank()) {
			problems.put("description", "consent.disclosure.descriptionRequired");
		}
		if ((request.release() == null) == (request.legalBasis() == null)) {
			problems.put("*", "consent.disclosure.oneAuthority");
		}
		else if (request.release() != null) {
			problems.putAll(DisclosureCoverage.problems(currentTerms(request.release()), request, today));
		}
		else {
			if (request.justification() == null || request.justification().isBlank()) {
				problems.put("justification", "consent.disclosure.justificationRequired");
			}
			if (request.categories().isEmpty()) {
				problems.put("categories", "consent.disclosure.noCategories");
			}
		}
		if (!problems.isEmpty()) {
			this.audit.record(AuditAction.READ, DISCLOSURE + "-refused", request.participant().toString(),
					"recipient=" + request.recipient().kind() + ", problems=" + problems.keySet());
			throw new DisclosureRefused(problems);
		}
		return record(request);
	}

	/** Every disclosure of a participant's information, newest first (CON-2). */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public List<DisclosureLedgerEntry> accounting(ParticipantId id) {
		List<DisclosureLedgerEntry> found = this.jdbc.sql("""
				select id, recipient_kind, recipient_name, purpose, categories, description, reference, release_id,
				    legal_basis, justification, redisclosure_notice, disclosed_at, disclosed_by_username
				from disclosure_ledger where participant_id = ?
				order by disclosed_at desc, id""")
			.param(id.value())
			.query((rs, row) -> new DisclosureLedgerEntry(rs.getObject("id", UUID.class),
					RecipientKind.valueOf(rs.getString("recipient_kind")), rs.getString("recipient_name"),
					ReleasePurpose.valueOf(rs.getString("purpose")),
					Arrays.stream(strings(rs.getArray("categories"))).map(InformationCategory::valueOf).toList(),
					rs.getString("description"), rs.getString("reference"),
					Optional.ofNullable(rs.getObject("release_id", UUID.class)).map(ReleaseId::new).orElse(null),
					Optional.ofNullable(rs.getString("legal_basis")).map(LegalBasis::valueOf).orElse(null),
					rs.getString("justification"), rs.getBoolean("redisclosure_notice"),
					rs.getTimestamp("disclosed_at").toInstant(), rs.getString("disclosed_by_username")))
			.list();
		this.audit.record(AuditAction.READ, DISCLOSURE + "-accounting", id.toString(), "rows=" + found.size());
		return found;
	}

	/**
	 * Records that the program records of these participants were made available to a
	 * Department monitor for a desk review (501.200(b), 501.70(a)(1)): one ledger row per
	 * participant under {@link LegalBasis#DEPARTMENT_REVIEW}, in the caller's
	 * transaction. Open to the director building a packet and to the monitor downloading
	 * one; participants outside the current agency are refused.
	 * @param monitorName the monitor the records go to, as the ledger names the recipient
	 * @param description what is made available, e.g. "Desk review packet 2026-01-01 to
	 * 2026-06-30"
	 * @param reference where the packet is kept
	 * @return the ledger row ids, one per participant
	 */
	@PreAuthorize("hasAuthority('PROGRAM_COMPLIANCE') or hasAuthority('DESK_REVIEW_READ')")
	@Transactional
	public List<UUID> discloseForDeskReview(List<ParticipantId> participants, String monitorName, String description,
			String reference) {
		if (monitorName == null || monitorName.isBlank() || description == null || description.isBlank()) {
			throw new DisclosureRefused(Map.of("description", "consent.disclosure.descriptionRequired"));
		}
		List<UUID> ids = new java.util.ArrayList<>();
		for (ParticipantId participant : participants) {
			long known = this.jdbc.sql("select count(*) from participant where id = ?")
				.param(participant.value())
				.query(Long.class)
				.single();
			if (known == 0) {
				throw new org.paipmanager.shared.RecordNotFoundException("participant", participant);
			}
			ids.add(record(DisclosureRequest.underLegalBasis(participant, ReleaseRecipient.named(monitorName),
					ReleasePurpose.REPORT_COMPLIANCE,
					Set.of(InformationCategory.ATTENDANCE_AND_COMPLIANCE,
							InformationCategory.PROGRESS_AND_FINAL_REPORTS,
							InformationCategory.COMPLETION_OR_TERMINATION),
					description, reference, LegalBasis.DEPARTMENT_REVIEW,
					"Client records made available to the Department for a desk review (501.200(b))"))
				.ledgerEntryId());
		}
		return ids;
	}

	/**
	 * Disclosures of the current agency made under a release on a day the release had
	 * already expired or been revoked (501.210(b), CON-1): the send-time check refuses
	 * them, so anything counted here was recorded around it. For the compliance
	 * self-check.
	 */
	@PreAuthorize("hasAuthority('PROGRAM_COMPLIANCE')")
	@Transactional(readOnly = true)
	public long disclosuresAfterReleaseEnded() {
		return this.jdbc
			.sql("""
					select count(*) from disclosure_ledger d join consent_release r on r.id = d.release_id
					where (r.expires_on is not null and (d.disclosed_at at time zone 'America/Chicago')::date > r.expires_on)
					   or (r.revoked_on is not null and (d.disclosed_at at time zone 'America/Chicago')::date >= r.revoked_on)""")
			.query(Long.class)
			.single();
	}

	/** The 42 CFR 2.32 redisclosure notice, in English or Spanish. */
	public String redisclosureNotice(Locale locale) {
		return this.messages.getMessage(NOTICE_KEY, null, locale);
	}

	private DisclosureReceipt record(DisclosureRequest request) {
		Actor actor = CurrentActor.require();
		UUID entryId = UUID.randomUUID();
		String recipientName = switch (request.recipient().kind()) {
			case PARTNER_AGENCY -> this.jdbc.sql("select name from partner_agency where id = ?")
				.param(request.recipient().partnerAgencyId())
				.query(String.class)
				.optional()
				.orElse(null);
			case OTHER -> request.recipient().name().strip();
			case REFERRAL_SOURCE -> null;
		};
		boolean notice = request.needsRedisclosureNotice();
		// Append-only ledger: plain SQL, no aggregate; joins the caller's transaction.
		this.jdbc.sql("""
				insert into disclosure_ledger (id, agency_id, participant_id, recipient_kind, partner_agency_id,
				    recipient_name, purpose, categories, description, reference, release_id, legal_basis,
				    justification, redisclosure_notice, disclosed_at, disclosed_by_staff_id, disclosed_by_username)
				values (?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(entryId, actor.agencyId().value(), request.participant().value(), request.recipient().kind().name(),
					request.recipient().partnerAgencyId(), recipientName, request.purpose().name(),
					toArrayLiteral(request.categories()), request.description().strip(),
					Release.blankToNull(request.reference()),
					(request.release() != null) ? request.release().value() : null,
					(request.legalBasis() != null) ? request.legalBasis().name() : null,
					Release.blankToNull(request.justification()), notice,
					Timestamp.from(Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS)), actor.staffUuid(),
					actor.username())
			.update();
		String authority = (request.release() != null) ? "release=" + request.release()
				: "legalBasis=" + request.legalBasis() + " (" + request.legalBasis().section() + ")";
		this.audit.record(AuditAction.EXPORT, DISCLOSURE, entryId.toString(),
				"participant=" + request.participant() + ", recipient=" + request.recipient().kind() + ", " + authority
						+ ", categories=" + request.categories().size() + ", notice42CFR2=" + notice);
		return notice ? new DisclosureReceipt(entryId, redisclosureNotice(Locale.ENGLISH), redisclosureNotice(SPANISH))
				: new DisclosureReceipt(entryId, null, null);
	}

	/**
	 * The release as it is now; a share lock keeps a revocation from committing between
	 * this check and the caller's commit.
	 */
	private ReleaseTerms currentTerms(ReleaseId release) {
		return this.jdbc.sql("""
				select participant_id, recipient_kind, partner_agency_id, recipient_name, categories, purposes,
				    signed_on, expires_on, revoked_on, witness_name, right_to_revoke_explained,
				    right_to_inspect_explained
				from consent_release where id = ? for share""")
			.param(release.value())
			.query((rs, row) -> new ReleaseTerms(rs.getObject("participant_id", UUID.class),
					RecipientKind.valueOf(rs.getString("recipient_kind")),
					rs.getObject("partner_agency_id", UUID.class), rs.getString("recipient_name"),
					Arrays.stream(strings(rs.getArray("categories")))
						.map(InformationCategory::valueOf)
						.collect(Collectors.toSet()),
					Arrays.stream(strings(rs.getArray("purposes")))
						.map(ReleasePurpose::valueOf)
						.collect(Collectors.toSet()),
					rs.getObject("signed_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class),
					rs.getObject("revoked_on", LocalDate.class),
					new ReleaseElements(null, null, null, null, Signatory.PARTICIPANT, null,
							rs.getString("witness_name"), rs.getBoolean("right_to_revoke_explained"),
							rs.getBoolean("right_to_inspect_explained"))
						.missing()))
			.optional()
			.orElse(null);
	}

	private static String[] strings(Array array) throws SQLException {
		return (String[]) array.getArray();
	}

	private static String toArrayLiteral(Set<InformationCategory> categories) {
		return categories.stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}"));
	}

}
