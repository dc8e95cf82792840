package org.paipmanager.program;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.AgreementView;
import org.paipmanager.agency.PartnerAgencyListing;
import org.paipmanager.agency.RegisteringAgreements;
import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.program.domain.Deadline;
import org.paipmanager.shared.CurrentActor;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The continuation-of-services plan (PRG-8, 501.260): one per agency, changed against the
 * version read (a stale change is a conflict). Cooperative agreements name their MOU in
 * the agreement registry of module agency by id; the plan's sharing with primary referral
 * sources of the partner-agency directory is an append-only record. Part 501 sets no
 * review cycle: the agency sets its next review date and is reminded of it.
 */
@Service
@Validated
public class PlanningContinuation {

	static final String PLAN = "program-continuation-plan";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final ProgramDates dates;

	private final AgencyManagement agencies;

	private final RegisteringAgreements agreements;

	PlanningContinuation(JdbcClient jdbc, AuditLog audit, ProgramDates dates, AgencyManagement agencies,
			RegisteringAgreements agreements) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.dates = dates;
		this.agencies = agencies;
		this.agreements = agreements;
	}

	/** The agency's plan, if it has one. */
	@PreAuthorize(ApplyingForProtocol.READ)
	@Transactional
	public Optional<ContinuationPlanView> plan() {
		Optional<ContinuationPlanView> plan = read();
		this.audit.record(AuditAction.READ, PLAN, plan.map((p) -> p.id().toString()).orElse(null), null);
		return plan;
	}

	/** A form for a first plan, to be reviewed a year from today. */
	@PreAuthorize(ApplyingForProtocol.WRITE)
	public ContinuationPlanCommand newPlan() {
		LocalDate today = this.dates.today();
		return new ContinuationPlanCommand(today, today.plusYears(1), "", List.of(), List.of());
	}

	/**
	 * Writes the plan: the first one with {@code version} null, a change against the
	 * version read otherwise.
	 * @throws ProgramRefused when a cooperative agreement names an MOU the registry does
	 * not have, or the review date is not after the adoption
	 * @throws OptimisticLockingFailureException when the plan changed since it was read,
	 * or a first plan was written meanwhile
	 */
	@PreAuthorize(ApplyingForProtocol.WRITE)
	@Transactional
	public ContinuationPlanView save(Long version, @Valid ContinuationPlanCommand command) {
		Map<String, String> problems = new LinkedHashMap<>();
		this.dates.notInFuture(command.adoptedOn(), "adoptedOn", problems);
		if (!command.nextReviewOn().isAfter(command.adoptedOn())) {
			problems.put("nextReviewOn", "program.continuation.reviewBeforeAdoption");
		}
		Map<UUID, AgreementView> registry = registry();
		for (int i = 0; i < command.cooperation().size(); i++) {
			UUID agreement = command.cooperation().get(i).agreementId();
			if (agreement != null && !registry.containsKey(agreement)) {
				problems.put("cooperation[" + i + "].agreementId", "program.continuation.unknownAgreement");
			}
		}
		if (!problems.isEmpty()) {
			throw new ProgramRefused(problems);
		}
		Optional<UUID> existing = this.jdbc.sql("select id from program_continuation_plan")
			.query(UUID.class)
			.optional();
		UUID id;
		if (version == null) {
			if (existing.isPresent()) {
				throw new OptimisticLockingFailureException("A continuation plan was written meanwhile");
			}
			id = UUID.randomUUID();
			try {
				this.jdbc
					.sql("""
							insert into program_continuation_plan (id, agency_id, referral_notice, adopted_on, next_review_on,
							    updated_by_username, updated_at)
							values (?, current_agency_id(), ?, ?, ?, ?, ?)""")
					.params(id, command.referralNotice().strip(), command.adoptedOn(), command.nextReviewOn(),
							CurrentActor.require().username(), this.dates.now())
					.update();
			}
			catch (DuplicateKeyException ex) {
				throw new OptimisticLockingFailureException("A continuation plan was written meanwhile", ex);
			}
		}
		else {
			id = existing.orElseThrow(() -> new OptimisticLockingFailureException("No continuation plan to change"));
			int updated = this.jdbc.sql("""
					update program_continuation_plan set referral_notice = ?, adopted_on = ?, next_review_on = ?,
					    updated_by_username = ?, updated_at = ?, version = version + 1
					where id = ? and version = ?""")
				.params(command.referralNotice().strip(), command.adoptedOn(), command.nextReviewOn(),
						CurrentActor.require().username(), this.dates.now(), id, version)
				.update();
			ProgramDates.expectUpdated(updated, PLAN, id, version);
			this.jdbc.sql("delete from program_continuation_location where plan_id = ?").param(id).update();
			this.jdbc.sql("delete from program_continuation_cooperation where plan_id = ?").param(id).update();
		}
		for (int i = 0; i < command.locations().size(); i++) {
			ContinuationPlanCommand.Location location = command.locations().get(i);
			this.jdbc.sql("""
					insert into program_continuation_location (plan_id, position, name, address, arrangements)
					values (?, ?, ?, ?, ?)""")
				.params(id, i, location.name().strip(), location.address().strip(),
						ApplyingForProtocol.blankToNull(location.arrangements()))
				.update();
		}
		for (int i = 0; i < command.cooperation().size(); i++) {
			ContinuationPlanCommand.Cooperation cooperation = command.cooperation().get(i);
			this.jdbc
				.sql("""
						insert into program_continuation_cooperation (plan_id, position, provider_name, agreement_id, continuity)
						values (?, ?, ?, ?, ?)""")
				.params(id, i, cooperation.providerName().strip(), cooperation.agreementId(),
						cooperation.continuity().strip())
				.update();
		}
		this.audit.record((version == null) ? AuditAction.CREATE : AuditAction.UPDATE, PLAN, id.toString(),
				"501.260 locations=" + command.locations().size() + ", cooperation=" + command.cooperation().size());
		return read().orElseThrow();
	}

	/**
	 * Records that the plan was given to a primary referral source (501.260).
	 * @throws ProgramRefused when there is no plan yet or the referral source is not in
	 * the directory
	 */
	@PreAuthorize(ApplyingForProtocol.WRITE)
	@Transactional
	public ContinuationPlanView recordSharing(@Valid SharingCommand command) {
		Map<String, String> problems = new LinkedHashMap<>();
		Optional<ContinuationPlanView> plan = read();
		if (plan.isEmpty()) {
			problems.put("*", "program.continuation.noPlan");
		}
		if (this.agencies.partnerAgencies().stream().noneMatch((p) -> p.id().equals(command.partnerAgencyId()))) {
			problems.put("partnerAgencyId", "program.continuation.unknownPartner");
		}
		this.dates.notInFuture(command.sharedOn(), "sharedOn", problems);
		if (!problems.isEmpty()) {
			throw new ProgramRefused(problems);
		}
		this.jdbc.sql("""
				insert into program_continuation_shared (id, plan_id, partner_agency_id, shared_on, how, plan_version,
				    recorded_by_username, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), plan.get().id(), command.partnerAgencyId(), command.sharedOn(),
					command.how().strip(), plan.get().version(), CurrentActor.require().username(), this.dates.now())
			.update();
		this.audit.record(AuditAction.UPDATE, PLAN, plan.get().id().toString(),
				"501.260 shared with " + command.partnerAgencyId() + " on " + command.sharedOn());
		return read().orElseThrow();
	}

	/** The plan's review date, for the due list. */
	List<DueItem> due(LocalDate today) {
		List<DueItem> due = new ArrayList<>();
		this.jdbc.sql("select adopted_on, next_review_on from program_continuation_plan").query((rs, row) -> {
			Deadline review = new Deadline(rs.getObject("next_review_on", LocalDate.class),
					ContinuationPlanView.SECTION);
			return due.add(new DueItem(DueItem.Kind.CONTINUATION_REVIEW,
					rs.getObject("adopted_on", LocalDate.class).toString(), review.dueOn(), review.daysLeft(today),
					review.overdue(today), review.section(), "/program/continuation"));
		}).list();
		return due;
	}

	private Optional<ContinuationPlanView> read() {
		return this.jdbc.sql("select * from program_continuation_plan").query(this::mapPlan).optional();
	}

	private Map<UUID, AgreementView> registry() {
		return this.agreements.agreements().stream().collect(Collectors.toMap(AgreementView::id, Function.identity()));
	}

	private ContinuationPlanView mapPlan(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		List<ContinuationPlanCommand.Location> locations = this.jdbc.sql(
				"select name, address, arrangements from program_continuation_location where plan_id = ? order by position")
			.param(id)
			.query((r, n) -> new ContinuationPlanCommand.Location(r.getString(1), r.getString(2), r.getString(3)))
			.list();
		Map<UUID, AgreementView> registry = registry();
		List<ContinuationPlanView.Cooperation> cooperation = this.jdbc.sql("""
				select provider_name, agreement_id, continuity from program_continuation_cooperation
				where plan_id = ? order by position""").param(id).query((r, n) -> {
			UUID agreementId = r.getObject(2, UUID.class);
			AgreementView agreement = (agreementId != null) ? registry.get(agreementId) : null;
			return new ContinuationPlanView.Cooperation(r.getString(1), agreementId,
					(agreement != null) ? agreement.title() : null, (agreement != null) ? agreement.endsOn() : null,
					r.getString(3));
		}).list();
		Map<UUID, String> names = this.agencies.partnerAgencies()
			.stream()
			.collect(Collectors.toMap(PartnerAgencyListing::id, PartnerAgencyListing::name));
		List<ContinuationPlanView.Shared> shared = this.jdbc.sql("""
				select partner_agency_id, shared_on, how, plan_version from program_continuation_shared
				where plan_id = ? order by shared_on desc, recorded_at desc""").param(id).query((r, n) -> {
			UUID partner = r.getObject(1, UUID.class);
			return new ContinuationPlanView.Shared(partner, names.getOrDefault(partner, "?"),
					r.getObject(2, LocalDate.class), r.getString(3), r.getLong(4));
		}).list();
		List<String> missing = new ArrayList<>();
		if (locations.isEmpty()) {
			missing.add("program.continuation.missing.locations");
		}
		if (cooperation.isEmpty()) {
			missing.add("program.continuation.missing.cooperation");
		}
		if (shared.isEmpty()) {
			missing.add("program.continuation.missing.shared");
		}
		return new ContinuationPlanView(id, rs.getLong("version"), rs.getObject("adopted_on", LocalDate.class),
				rs.getObject("next_review_on", LocalDate.class), rs.getString("referral_notice"), locations,
				cooperation, shared, missing);
	}

}
