package org.paipmanager.correspondence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.consent.ConsentManagement;
import org.paipmanager.consent.DisclosingInformation;
import org.paipmanager.consent.DisclosureReceipt;
import org.paipmanager.consent.DisclosureRefused;
import org.paipmanager.consent.DisclosureRequest;
import org.paipmanager.consent.ReleaseId;
import org.paipmanager.consent.ReleaseRecipient;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.RecordNotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant's correspondence with the referral source and other providers
 * (501.115(b)(11)(I)). Letters are written by the modules' event listeners in the
 * transaction of the decision they report and never changed; every read is audited. A
 * letter leaves the program only through the disclosure service (CON-2): when no release
 * covers it, it is held on file until one does.
 */
@Service
public class CorrespondenceManagement {

	static final String RECORD_TYPE = "correspondence";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final LetterPdfRenderer pdf;

	private final ConsentManagement consent;

	private final DisclosingInformation disclosures;

	private final Clock clock;

	CorrespondenceManagement(JdbcClient jdbc, AuditLog audit, LetterPdfRenderer pdf, ConsentManagement consent,
			DisclosingInformation disclosures, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.pdf = pdf;
		this.consent = consent;
		this.disclosures = disclosures;
		this.clock = clock;
	}

	/** A participant's letters, newest first. */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public List<LetterListing> letters(ParticipantId participant) {
		List<LetterListing> letters = this.jdbc.sql("""
				select c.id, c.kind, c.recipient, c.recipient_case_number, c.subject, c.created_at,
				       c.created_by_username, d.sent_at
				from correspondence c left join correspondence_dispatch d on d.letter_id = c.id
				where c.participant_id = ? order by c.created_at desc""")
			.param(participant.value())
			.query((rs, row) -> new LetterListing(rs.getObject("id", UUID.class),
					CorrespondenceKind.valueOf(rs.getString("kind")), rs.getString("recipient"),
					rs.getString("recipient_case_number"), rs.getString("subject"),
					rs.getTimestamp("created_at").toInstant(), rs.getString("created_by_username"), sentAt(rs)))
			.list();
		this.audit.record(AuditAction.READ, RECORD_TYPE + "-list", participant.toString(), "rows=" + letters.size());
		return letters;
	}

	/** One letter as it was sent, for the printable page. */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public Letter letter(ParticipantId participant, UUID letterId) {
		Letter letter = load(participant, letterId);
		this.audit.record(AuditAction.READ, RECORD_TYPE, letterId.toString(), "participant=" + participant + ", page");
		return letter;
	}

	/**
	 * One letter as it was sent, as a PDF document: the form in which it is mailed or
	 * faxed, so a held letter has none until it is sent.
	 * @throws LetterHeld when no release has let the letter go out yet
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public byte[] letterPdf(ParticipantId participant, UUID letterId) {
		Letter letter = load(participant, letterId);
		if (!letter.sent()) {
			throw new LetterHeld(Map.of("*", "correspondence.held.noPdf"));
		}
		this.audit.record(AuditAction.READ, RECORD_TYPE, letterId.toString(), "participant=" + participant + ", pdf");
		return this.pdf.render(letter);
	}

	/**
	 * Files a letter written by a listener of this module, in the caller's transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	UUID file(ParticipantId participant, CorrespondenceKind kind, String recipient, String recipientCaseNumber,
			String subject, String html, UUID cause) {
		Actor actor = CurrentActor.require();
		UUID id = UUID.randomUUID();
		// Append-only: what was sent stays as sent.
		this.jdbc.sql("""
				insert into correspondence (id, agency_id, participant_id, kind, recipient, recipient_case_number,
				    subject, body_html, cause_id, created_at, created_by_staff_id, created_by_username)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, actor.agencyId().value(), participant.value(), kind.name(), recipient, recipientCaseNumber,
					subject, html, cause, Timestamp.from(Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS)),
					actor.staffUuid(), actor.username())
			.update();
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, id.toString(),
				"participant=" + participant + ", kind=" + kind);
		try {
			dispatch(participant, id, kind, subject);
		}
		catch (LetterHeld held) {
			// The decision stands and its letter is on file; it waits for a release.
			this.audit.record(AuditAction.UPDATE, RECORD_TYPE + "-held", id.toString(),
					"participant=" + participant + ", problems=" + held.problems().keySet());
		}
		return id;
	}

	/**
	 * Sends a held letter now that a release may cover it, through the disclosure service
	 * (CON-2).
	 * @throws LetterHeld naming what the release lacks, or when it was already sent
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	@Transactional(noRollbackFor = LetterHeld.class)
	public void send(ParticipantId participant, UUID letterId) {
		Letter letter = load(participant, letterId);
		if (letter.sent()) {
			throw new LetterHeld(Map.of("*", "correspondence.alreadySent"));
		}
		dispatch(participant, letterId, letter.kind(), letter.subject());
	}

	/**
	 * The letter leaves the program under the release in force for its recipient, which
	 * the disclosure service checks and records in the ledger in this transaction.
	 */
	private void dispatch(ParticipantId participant, UUID letterId, CorrespondenceKind kind, String subject) {
		ReleaseRecipient recipient = ReleaseRecipient.referralSource();
		LocalDate today = LocalDate.now(this.clock);
		ReleaseId release = this.consent
			.releaseInForce(participant, recipient, kind.categories().iterator().next(), today)
			.orElseThrow(() -> new LetterHeld(Map.of("*", "correspondence.held.noRelease")));
		DisclosureReceipt receipt;
		try {
			receipt = this.disclosures.disclose(DisclosureRequest.underRelease(participant, recipient, kind.purpose(),
					kind.categories(), subject, "correspondence " + letterId, release));
		}
		catch (DisclosureRefused refused) {
			throw new LetterHeld(refused.problems());
		}
		this.jdbc.sql("""
				insert into correspondence_dispatch (letter_id, agency_id, disclosure_id, sent_at, sent_by_username)
				values (?, ?, ?, ?, ?)""")
			.params(letterId, CurrentActor.require().agencyId().value(), receipt.ledgerEntryId(),
					Timestamp.from(Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS)),
					CurrentActor.require().username())
			.update();
		this.audit.record(AuditAction.EXPORT, RECORD_TYPE, letterId.toString(),
				"participant=" + participant + ", sent under release=" + release);
	}

	/** Whether a letter was written about the decision or event {@code cause}. */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean written(UUID cause) {
		return this.jdbc.sql("select exists (select 1 from correspondence where cause_id = ?)")
			.param(cause)
			.query(Boolean.class)
			.single();
	}

	private Letter load(ParticipantId participant, UUID letterId) {
		return this.jdbc.sql("""
				select c.id, c.participant_id, c.kind, c.recipient, c.recipient_case_number, c.subject, c.body_html,
				       c.created_at, c.created_by_username, d.sent_at
				from correspondence c left join correspondence_dispatch d on d.letter_id = c.id
				where c.id = ? and c.participant_id = ?""")
			.params(letterId, participant.value())
			.query(CorrespondenceManagement::letter)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, letterId));
	}

	private static Letter letter(ResultSet rs, int row) throws SQLException {
		return new Letter(rs.getObject("id", UUID.class), new ParticipantId(rs.getObject("participant_id", UUID.class)),
				CorrespondenceKind.valueOf(rs.getString("kind")), rs.getString("recipient"),
				rs.getString("recipient_case_number"), rs.getString("subject"), rs.getString("body_html"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by_username"), sentAt(rs));
	}

	private static Instant sentAt(ResultSet rs) throws SQLException {
		Timestamp sent = rs.getTimestamp("sent_at");
		return (sent != null) ? sent.toInstant() : null;
	}

}
