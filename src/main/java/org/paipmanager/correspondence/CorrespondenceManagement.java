package org.paipmanager.correspondence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
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
 * transaction of the decision they report and never changed; every read is audited.
 */
@Service
public class CorrespondenceManagement {

	static final String RECORD_TYPE = "correspondence";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final LetterPdfRenderer pdf;

	private final Clock clock;

	CorrespondenceManagement(JdbcClient jdbc, AuditLog audit, LetterPdfRenderer pdf, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.pdf = pdf;
		this.clock = clock;
	}

	/** A participant's letters, newest first. */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public List<LetterListing> letters(ParticipantId participant) {
		List<LetterListing> letters = this.jdbc.sql("""
				select id, kind, recipient, recipient_case_number, subject, created_at, created_by_username
				from correspondence where participant_id = ? order by created_at desc""")
			.param(participant.value())
			.query((rs, row) -> new LetterListing(rs.getObject("id", UUID.class),
					CorrespondenceKind.valueOf(rs.getString("kind")), rs.getString("recipient"),
					rs.getString("recipient_case_number"), rs.getString("subject"),
					rs.getTimestamp("created_at").toInstant(), rs.getString("created_by_username")))
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

	/** One letter as it was sent, as a PDF document. */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public byte[] letterPdf(ParticipantId participant, UUID letterId) {
		Letter letter = load(participant, letterId);
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
		return id;
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
				select id, participant_id, kind, recipient, recipient_case_number, subject, body_html, created_at,
				       created_by_username
				from correspondence where id = ? and participant_id = ?""")
			.params(letterId, participant.value())
			.query(CorrespondenceManagement::letter)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, letterId));
	}

	private static Letter letter(ResultSet rs, int row) throws SQLException {
		return new Letter(rs.getObject("id", UUID.class), new ParticipantId(rs.getObject("participant_id", UUID.class)),
				CorrespondenceKind.valueOf(rs.getString("kind")), rs.getString("recipient"),
				rs.getString("recipient_case_number"), rs.getString("subject"), rs.getString("body_html"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by_username"));
	}

}
