package org.paipmanager.coordination;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.PartnerAgencyListing;
import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.CurrentActor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The coordination activity log (COO-2): cooperative activities with domestic violence
 * victim service programs (501.105(a)(1)-(10)) and collaborations with the justice and
 * child welfare systems (501.105(b)) and other service providers (501.105(c)); and the
 * compliance panel saying whether the program incorporated "one or more" 501.105(a)
 * activities in a year, with the reason documented where it did not (501.105(d)).
 * Activities and reasons are facts as recorded: append-only, audited.
 */
@Service
@Validated
public class LoggingCoordination {

	static final String RECORD_TYPE = "coordination-activity";

	private final AgencyManagement agencies;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	LoggingCoordination(AgencyManagement agencies, AuditLog audit, JdbcClient jdbc, Clock clock) {
		this.agencies = agencies;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** An empty activity form dated today, with the current user as staff. */
	@PreAuthorize("hasAuthority('AGENCY_WRITE')")
	public CoordinationActivityCommand newActivity() {
		return CoordinationActivityCommand.blank(LocalDate.now(this.clock), CurrentActor.require().username());
	}

	/** The current calendar year, by the application clock. */
	public int currentYear() {
		return LocalDate.now(this.clock).getYear();
	}

	/** The partner agencies an activity can be with. */
	@PreAuthorize("hasAuthority('AGENCY_READ')")
	@Transactional(readOnly = true)
	public List<PartnerAgencyListing> partnerAgencies() {
		return this.agencies.partnerAgencies();
	}

	/**
	 * Logs an activity.
	 * @throws CoordinationActivityRefused when the agency is not in the directory or not
	 * of a kind the activity is with (a 501.105(a) activity is with a victim service
	 * program)
	 */
	@PreAuthorize("hasAuthority('AGENCY_WRITE')")
	@Transactional
	public UUID log(@Valid CoordinationActivityCommand command) {
		PartnerAgencyListing partner = this.agencies.listing(command.partnerAgencyId())
			.orElseThrow(() -> new CoordinationActivityRefused("The partner agency is not in the directory.",
					Map.of("partnerAgencyId", "coordination.activity.unknownPartner")));
		if (!command.kind().suits(partner.category())) {
			throw new CoordinationActivityRefused(
					"The partner agency is not of a kind this activity is with (" + command.kind().section() + ").",
					Map.of("partnerAgencyId", "coordination.activity.wrongPartner." + command.kind().subsection()));
		}
		Actor actor = CurrentActor.require();
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into coordination_activity (id, agency_id, occurred_on, kind, partner_agency_id,
				    partner_agency_name, staff, description, recorded_by_staff_id, recorded_by_username, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, actor.agencyId().value(), command.occurredOn(), command.kind().name(), partner.id(),
					partner.name(), command.staff().strip(), command.description().strip(), actor.staffUuid(),
					actor.username(), now())
			.update();
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, id.toString(), "kind=" + command.kind());
		return id;
	}

	/** The activities of a calendar year, newest first. */
	@PreAuthorize("hasAuthority('AGENCY_READ')")
	@Transactional
	public List<CoordinationActivity> activities(int year) {
		List<CoordinationActivity> found = this.jdbc.sql("""
				select id, occurred_on, kind, partner_agency_id, partner_agency_name, staff, description,
				       recorded_by_username, recorded_at
				from coordination_activity where occurred_on between ? and ?
				order by occurred_on desc, recorded_at desc""")
			.params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.query((rs, row) -> new CoordinationActivity(rs.getObject("id", UUID.class),
					rs.getObject("occurred_on", LocalDate.class),
					CoordinationActivityKind.valueOf(rs.getString("kind")),
					rs.getObject("partner_agency_id", UUID.class), rs.getString("partner_agency_name"),
					rs.getString("staff"), rs.getString("description"), rs.getString("recorded_by_username"),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
		this.audit.record(AuditAction.READ, RECORD_TYPE + "-list", null, "year=" + year + ", rows=" + found.size());
		return found;
	}

	/**
	 * Whether 501.105(a) is met in the year: one or more activities with a victim service
	 * program; with the reason documented for a year that does not (501.105(d)).
	 */
	@PreAuthorize("hasAuthority('AGENCY_READ')")
	@Transactional
	public CoordinationCompliance compliance(int year) {
		Map<CoordinationActivityKind, Long> counts = new EnumMap<>(CoordinationActivityKind.class);
		for (CoordinationActivityKind kind : CoordinationActivityKind.values()) {
			counts.put(kind, 0L);
		}
		this.jdbc.sql("""
				select kind, count(*) from coordination_activity
				where occurred_on between ? and ? group by kind""")
			.params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.query((rs, row) -> counts.put(CoordinationActivityKind.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		boolean met = counts.entrySet()
			.stream()
			.anyMatch((entry) -> entry.getKey().withVictimServices() && entry.getValue() > 0);
		record Reason(String text, String by, Instant at) {
		}
		Reason reason = this.jdbc.sql("""
				select reason, recorded_by_username, recorded_at from coordination_compliance_reason
				where year = ? order by recorded_at desc limit 1""")
			.param(year)
			.query((rs, row) -> new Reason(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.optional()
			.orElse(new Reason(null, null, null));
		this.audit.record(AuditAction.READ, RECORD_TYPE + "-compliance", null, "year=" + year + ", met=" + met);
		return new CoordinationCompliance(year, counts, met, reason.text(), reason.by(), reason.at());
	}

	/**
	 * Documents why the program did not maintain compliance with 501.105 in the year
	 * (501.105(d)). A later reason stands beside the earlier ones; the newest is shown.
	 */
	@PreAuthorize("hasAuthority('AGENCY_WRITE')")
	@Transactional
	public void documentReason(int year, @NotBlank(message = "{validation.required}") @Size(max = 4000,
			message = "{validation.tooLong}") String reason) {
		Actor actor = CurrentActor.require();
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into coordination_compliance_reason (id, agency_id, year, reason, recorded_by_staff_id,
				    recorded_by_username, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, actor.agencyId().value(), year, reason.strip(), actor.staffUuid(), actor.username(), now())
			.update();
		this.audit.record(AuditAction.CREATE, RECORD_TYPE + "-reason", id.toString(), "year=" + year);
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS));
	}

}
