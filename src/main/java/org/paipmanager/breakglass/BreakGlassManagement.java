package org.paipmanager.breakglass;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.EmergencyAccess;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Permission;
import org.paipmanager.shared.RecordNotFoundException;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.StepUpVerified;
import org.paipmanager.staff.StaffAccounts;
import org.paipmanager.staff.StaffAccounts.StaffContact;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Break-glass access (HIPAA 164.312(a)(2)(ii), ADR 0023). A staff member who may read a
 * participant's file but not the clinical steps of the screening (a facilitator, a victim
 * liaison) asks, within {@link StepUpVerified#EXPORT_VALIDITY} of a step-up and with a
 * reason of at least {@value #MIN_REASON} characters, for {@link #WINDOW} of read access
 * to them. The program directors are alerted by email (when a mail server is set) and on
 * their home page; a director who is not the requester records the review, overdue after
 * {@link #REVIEW_WITHIN}. The window ends by the application clock. Grants cover the
 * clinical screening only: nothing here, and no grant, opens the victim compartment.
 */
@Service
@Validated
public class BreakGlassManagement implements EmergencyAccess {

	/** The shortest reason accepted. */
	public static final int MIN_REASON = 20;

	/** How long one grant lasts. */
	public static final Duration WINDOW = Duration.ofMinutes(60);

	/** An unreviewed grant older than this is overdue. */
	public static final Duration REVIEW_WITHIN = Duration.ofDays(7);

	static final String RECORD_TYPE = "break-glass";

	static final String SCOPE = "CLINICAL_SCREENING";

	private static final Logger log = LoggerFactory.getLogger(BreakGlassManagement.class);

	private static final String COLUMNS = """
			id, participant_id, scope, requested_by_username, reason, granted_at, expires_at, alerted,
			reviewed_by_username, reviewed_at, review_outcome, review_note, version""";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final ParticipantManagement participants;

	private final StaffAccounts accounts;

	private final ObjectProvider<JavaMailSender> mail;

	private final MessageSource messages;

	private final Clock clock;

	private final String from;

	private final String baseUrl;

	BreakGlassManagement(JdbcClient jdbc, AuditLog audit, ParticipantManagement participants, StaffAccounts accounts,
			ObjectProvider<JavaMailSender> mail, MessageSource messages, Clock clock,
			@Value("${paip.staff.reminders.from:paip-manager@localhost}") String from,
			@Value("${paip.staff.reminders.base-url:http://localhost:8080}") String baseUrl) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.participants = participants;
		this.accounts = accounts;
		this.mail = mail;
		this.messages = messages;
		this.clock = clock;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	/**
	 * Whether the current actor could ask for emergency access: they read participant
	 * files but not the clinical screening.
	 */
	public boolean mayRequest() {
		Actor actor = CurrentActor.require();
		return !actor.isSystem() && actor.hasPermission(Permission.PARTICIPANT_READ)
				&& !actor.hasPermission(Permission.CLINICAL_SCREEN_ACCESS);
	}

	/** Whether the current actor's step-up is recent enough to ask. */
	public boolean stepUpFresh() {
		return StepUpVerified.isFresh(now(), StepUpVerified.EXPORT_VALIDITY);
	}

	/**
	 * Grants the current actor {@link #WINDOW} of read access to the participant's
	 * clinical screening, or returns the grant already open.
	 * @throws BreakGlassStepUpRequired without a step-up of the last few minutes
	 * @throws BreakGlassRefused when the actor may read the screening anyway
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public UUID request(ParticipantId participant, @Valid BreakGlassCommand command) {
		Actor actor = CurrentActor.require();
		if (!mayRequest()) {
			throw new BreakGlassRefused("*", "breakGlass.refused.notNeeded");
		}
		if (!stepUpFresh()) {
			throw new BreakGlassStepUpRequired();
		}
		this.participants.get(participant);
		Optional<UUID> open = openGrant(participant);
		if (open.isPresent()) {
			return open.get();
		}
		UUID id = UUID.randomUUID();
		Instant granted = now();
		Instant expires = granted.plus(WINDOW);
		this.jdbc.sql("""
				insert into break_glass (id, agency_id, participant_id, scope, requested_by, requested_by_username,
				    reason, granted_at, expires_at)
				values (?, current_agency_id(), ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, participant.value(), SCOPE, actor.staffUuid(), actor.username(), command.reason().strip(),
					Timestamp.from(granted), Timestamp.from(expires))
			.update();
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, id.toString(),
				"participant=" + participant + ", scope=" + SCOPE + ", minutes=" + WINDOW.toMinutes());
		int alerted = alert(id, actor, granted, expires);
		this.jdbc.sql("update break_glass set alerted = ? where id = ?").params(alerted, id).update();
		return id;
	}

	/** The current actor's grant open now for the participant, if any. */
	@Override
	@Transactional(readOnly = true)
	public Optional<UUID> openGrant(ParticipantId participant) {
		Actor actor = CurrentActor.require();
		if (actor.isSystem()) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select id from break_glass where agency_id = current_agency_id() and participant_id = ?
				  and requested_by = ? and scope = ? and granted_at <= ? and expires_at > ?
				order by expires_at desc limit 1""")
			.params(participant.value(), actor.staffUuid(), SCOPE, Timestamp.from(now()), Timestamp.from(now()))
			.query(UUID.class)
			.optional();
	}

	/**
	 * One grant: to the person who asked for it, or to a reviewer. Others get "no such
	 * record".
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ') or hasAuthority('BREAK_GLASS_REVIEW')")
	@Transactional
	public BreakGlassGrant grant(UUID id) {
		Actor actor = CurrentActor.require();
		BreakGlassGrant grant = this.jdbc
			.sql("select " + COLUMNS
					+ ", requested_by from break_glass where id = ? and agency_id = current_agency_id()")
			.param(id)
			.query((rs, row) -> {
				UUID requester = rs.getObject("requested_by", UUID.class);
				if (!requester.equals(actor.staffUuid()) && !actor.hasPermission(Permission.BREAK_GLASS_REVIEW)) {
					return null;
				}
				return row(rs);
			})
			.optional()
			.orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
		this.audit.record(AuditAction.READ, RECORD_TYPE, id.toString(), null);
		return named(List.of(grant)).get(0);
	}

	/** Every grant of the agency, newest first, for the review queue. */
	@PreAuthorize("hasAuthority('BREAK_GLASS_REVIEW')")
	@Transactional
	public List<BreakGlassGrant> queue() {
		List<BreakGlassGrant> grants = this.jdbc
			.sql("select " + COLUMNS
					+ " from break_glass where agency_id = current_agency_id() order by granted_at desc limit 200")
			.query((rs, row) -> row(rs))
			.list();
		this.audit.record(AuditAction.READ, RECORD_TYPE, null, "review queue; rows=" + grants.size());
		return named(grants);
	}

	/** Unreviewed grants and how many of them are overdue, for the home page notice. */
	@PreAuthorize("hasAuthority('BREAK_GLASS_REVIEW')")
	@Transactional(readOnly = true)
	public Map<String, Long> unreviewed() {
		Instant overdueBefore = now().minus(REVIEW_WITHIN);
		return this.jdbc.sql("""
				select count(*), count(*) filter (where granted_at < ?) from break_glass
				where agency_id = current_agency_id() and reviewed_at is null""")
			.param(Timestamp.from(overdueBefore))
			.query((rs, row) -> Map.of("unreviewed", rs.getLong(1), "overdue", rs.getLong(2)))
			.single();
	}

	/**
	 * Records a director's review; never by the person who used the access.
	 * @throws BreakGlassRefused for one's own access, a second review, or a missing note
	 * @throws OptimisticLockingFailureException when someone reviewed it after the form
	 * was read
	 */
	@PreAuthorize("hasAuthority('BREAK_GLASS_REVIEW')")
	@Transactional
	public void review(UUID id, @Valid BreakGlassReviewCommand command) {
		Actor actor = CurrentActor.require();
		BreakGlassGrant grant = grant(id);
		if (grant.requestedBy().equals(actor.username())) {
			throw new BreakGlassRefused("*", "breakGlass.refused.ownReview");
		}
		if (grant.reviewed()) {
			throw new BreakGlassRefused("*", "breakGlass.refused.reviewed");
		}
		String note = (command.note() != null) ? command.note().strip() : "";
		if (command.outcome() != BreakGlassReviewCommand.ReviewOutcome.JUSTIFIED && note.isEmpty()) {
			throw new BreakGlassRefused("note", "breakGlass.error.note");
		}
		int updated = this.jdbc.sql("""
				update break_glass set reviewed_by = ?, reviewed_by_username = ?, reviewed_at = ?, review_outcome = ?,
				    review_note = ?, version = version + 1
				where id = ? and version = ? and reviewed_at is null""")
			.params(actor.staffUuid(), actor.username(), Timestamp.from(now()), command.outcome().name(),
					note.isEmpty() ? null : note, id, command.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Emergency access " + id + " was reviewed by someone else");
		}
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, id.toString(), "review=" + command.outcome());
	}

	/** Emails every director but the requester; the count of messages sent. */
	private int alert(UUID id, Actor requester, Instant granted, Instant expires) {
		List<StaffContact> directors = this.accounts.contactsWithRole(Role.PROGRAM_DIRECTOR)
			.stream()
			.filter((director) -> !director.username().equals(requester.username()) && director.email() != null)
			.toList();
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null || directors.isEmpty()) {
			return 0;
		}
		int sent = 0;
		for (StaffContact director : directors) {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(this.from);
			message.setTo(director.email());
			message.setSubject(text("breakGlass.mail.subject", requester.username()));
			message.setText(String.join("\n\n",
					text("breakGlass.mail.body", requester.username(), granted.truncatedTo(ChronoUnit.MINUTES),
							expires.truncatedTo(ChronoUnit.MINUTES)),
					text("breakGlass.mail.link", this.baseUrl + "/emergency-access/reviews/" + id)));
			try {
				sender.send(message);
				sent++;
			}
			catch (MailException ex) {
				log.warn("Break-glass alert not emailed: the mail server refused it ({})",
						ex.getClass().getSimpleName());
				break;
			}
		}
		this.audit.record(AuditAction.CREATE, RECORD_TYPE + "-alert", id.toString(), "emailed=" + sent);
		return sent;
	}

	private List<BreakGlassGrant> named(List<BreakGlassGrant> grants) {
		if (grants.isEmpty()) {
			return grants;
		}
		Map<ParticipantId, String> names = this.participants
			.getAll(grants.stream().map(BreakGlassGrant::participantId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(ParticipantDetails::id, (p) -> p.lastName() + ", " + p.firstName(), (a, b) -> a));
		Function<BreakGlassGrant, BreakGlassGrant> withName = (g) -> new BreakGlassGrant(g.id(), g.participantId(),
				names.getOrDefault(g.participantId(), ""), g.scope(), g.requestedBy(), g.reason(), g.grantedAt(),
				g.expiresAt(), g.alerted(), g.reviewedBy(), g.reviewedAt(), g.reviewOutcome(), g.reviewNote(),
				g.version(), g.open(), g.overdue());
		return grants.stream().map(withName).toList();
	}

	private BreakGlassGrant row(ResultSet rs) throws SQLException {
		Instant now = now();
		Instant granted = rs.getTimestamp("granted_at").toInstant();
		Instant expires = rs.getTimestamp("expires_at").toInstant();
		Timestamp reviewedAt = rs.getTimestamp("reviewed_at");
		return new BreakGlassGrant(rs.getObject("id", UUID.class),
				new ParticipantId(rs.getObject("participant_id", UUID.class)), null, rs.getString("scope"),
				rs.getString("requested_by_username"), rs.getString("reason"), granted, expires, rs.getInt("alerted"),
				rs.getString("reviewed_by_username"), (reviewedAt != null) ? reviewedAt.toInstant() : null,
				rs.getString("review_outcome"), rs.getString("review_note"), rs.getLong("version"),
				!granted.isAfter(now) && expires.isAfter(now),
				reviewedAt == null && granted.plus(REVIEW_WITHIN).isBefore(now));
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
