package org.paipmanager.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.validation.Valid;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.RecordNotFoundException;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.StaffId;
import org.paipmanager.staff.domain.ComplianceCalendar;
import org.paipmanager.staff.domain.ComplianceFinding;
import org.paipmanager.staff.domain.ComplianceFinding.Check;
import org.paipmanager.staff.domain.ComplianceFinding.Outcome;
import org.paipmanager.staff.domain.StaffCompliance;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Staff personnel records of the current agency. Every read of a record and every change
 * is written to the audit log in the same transaction.
 */
@Service
@Validated
public class StaffManagement {

	static final String RECORD_TYPE = "staff";

	/**
	 * The checks that bear on whether a facilitator may run a group: training (501.290)
	 * and observation (501.300), not licences, paperwork to the Department or the
	 * supervisor's own qualification.
	 */
	/** Users who are not PAIP staff: no personnel checks apply. */
	private static final Set<Role> EXTERNAL_ROLES = EnumSet.of(Role.DEPARTMENT_MONITOR, Role.REFERRAL_SOURCE_VIEWER);

	private static final Set<Check> STANDING_CHECKS = EnumSet.of(Check.DOMESTIC_VIOLENCE_TRAINING,
			Check.ABUSER_SERVICES_TRAINING, Check.CONTINUING_EDUCATION, Check.SUPERVISION_OBSERVATION);

	private final StaffMembers members;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	StaffManagement(StaffMembers members, AuditLog audit, Clock clock, ApplicationEventPublisher events,
			JdbcClient jdbc) {
		this.members = members;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
		this.jdbc = jdbc;
	}

	/**
	 * Every staff member's name ("first last") by id, for pages that show who runs a
	 * group: one query, without the training and supervision records {@link #list} reads
	 * for each member's compliance.
	 */
	@PreAuthorize("hasAuthority('STAFF_READ')")
	@Transactional(readOnly = true)
	public Map<StaffId, String> names() {
		Map<StaffId, String> names = new LinkedHashMap<>();
		this.jdbc.sql("select id, first_name, last_name from staff order by last_name, first_name")
			.query((rs, row) -> names.put(new StaffId(rs.getObject(1, UUID.class)),
					rs.getString(2) + " " + rs.getString(3)))
			.list();
		return names;
	}

	@PreAuthorize("hasAuthority('STAFF_READ')")
	@Transactional(readOnly = true)
	public List<StaffSummary> list() {
		LocalDate today = LocalDate.now(this.clock);
		Map<UUID, Set<Role>> roles = accountRoles();
		return this.members.findAllByOrderByLastNameAscFirstNameAsc()
			.stream()
			.map((member) -> new StaffSummary(new StaffId(member.id()), member.firstName(), member.lastName(),
					member.jobTitle(), member.hireDate(), member.active(),
					worst(findings(member, roles.get(member.id()), today))))
			.toList();
	}

	@PreAuthorize("hasAuthority('STAFF_READ')")
	@Transactional
	public StaffDetails get(StaffId id) {
		StaffMember member = load(id);
		this.audit.record(AuditAction.READ, RECORD_TYPE, id.toString(), null);
		return details(member);
	}

	/**
	 * A facilitator's standing for group rules: former-perpetrator facts and the training
	 * (501.290) and supervision (501.300) checks not met today. Licences are not part of
	 * it.
	 */
	@PreAuthorize("hasAuthority('STAFF_READ')")
	@Transactional(readOnly = true)
	public FacilitatorStanding facilitatorStanding(StaffId id) {
		StaffMember member = load(id);
		List<ComplianceFinding> overdue = findings(member, LocalDate.now(this.clock)).stream()
			.filter((finding) -> finding.outcome() == Outcome.NOT_MET)
			.filter((finding) -> STANDING_CHECKS.contains(finding.check()))
			.toList();
		return new FacilitatorStanding(id, member.firstName() + " " + member.lastName(), member.formerPerpetrator(),
				member.abuseFreeSince(), member.abuseFreeVerifiedOn(), overdue);
	}

	/**
	 * Every staff member's compliance facts as of today (501.280(c), 501.290, 501.300),
	 * for the self-check and desk review of the program. Audited as one read of the list.
	 */
	@PreAuthorize("hasAuthority('STAFF_READ')")
	@Transactional
	public List<StaffComplianceFacts> complianceFacts() {
		LocalDate today = LocalDate.now(this.clock);
		List<StaffComplianceFacts> facts = this.members.findAllByOrderByLastNameAscFirstNameAsc()
			.stream()
			.map((member) -> facts(member, findings(member, today)))
			.toList();
		this.audit.record(AuditAction.READ, RECORD_TYPE, null, "compliance facts; rows=" + facts.size());
		return facts;
	}

	private static StaffComplianceFacts facts(StaffMember member, List<ComplianceFinding> findings) {
		LocalDate observationDue = findings.stream()
			.filter((finding) -> finding.check() == ComplianceFinding.Check.SUPERVISION_OBSERVATION)
			.map((finding) -> (LocalDate) finding.arguments().get(0))
			.findFirst()
			.orElse(null);
		return new StaffComplianceFacts(new StaffId(member.id()), member.firstName() + " " + member.lastName(),
				member.jobTitle(), member.active(),
				!notMet(findings, ComplianceFinding.Check.DOMESTIC_VIOLENCE_TRAINING),
				notMet(findings, ComplianceFinding.Check.ABUSER_SERVICES_TRAINING),
				notMet(findings, ComplianceFinding.Check.CONTINUING_EDUCATION),
				notMet(findings, ComplianceFinding.Check.SUPERVISION_OBSERVATION), observationDue,
				notMet(findings, ComplianceFinding.Check.LICENCE));
	}

	private static boolean notMet(List<ComplianceFinding> findings, ComplianceFinding.Check check) {
		return findings.stream()
			.anyMatch((finding) -> finding.check() == check && finding.outcome() == Outcome.NOT_MET);
	}

	/** The record as an edit form reads it: only for those who may save it. */
	@PreAuthorize("hasAuthority('STAFF_WRITE')")
	@Transactional
	public StaffDetails getForEditing(StaffId id) {
		return get(id);
	}

	/** An empty form for a new staff member: only for those who may save it. */
	@PreAuthorize("hasAuthority('STAFF_WRITE')")
	public StaffProfileCommand newProfile() {
		return StaffProfileCommand.blank();
	}

	@PreAuthorize("hasAuthority('STAFF_WRITE')")
	@Transactional
	public StaffId register(@Valid StaffProfileCommand profile) {
		StaffMember member = StaffMember.register(CurrentActor.require().agencyId().value(), profile);
		this.members.save(member);
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, member.id().toString(), null);
		StaffId id = new StaffId(member.id());
		this.events.publishEvent(
				new StaffHired(id, member.firstName() + " " + member.lastName(), member.jobTitle(), member.hireDate()));
		return id;
	}

	/**
	 * Saves an edited profile.
	 * @throws OptimisticLockingFailureException when someone else saved the record after
	 * the version the editor started from
	 */
	@PreAuthorize("hasAuthority('STAFF_WRITE')")
	@Transactional
	public StaffDetails update(StaffId id, @Valid StaffProfileCommand profile) {
		StaffMember member = load(id);
		if (profile.version() == null || !Objects.equals(member.version(), profile.version())) {
			throw new OptimisticLockingFailureException("Staff record " + id + " was changed by someone else");
		}
		List<String> changed = member.apply(profile);
		if (!changed.isEmpty()) {
			this.members.save(member);
			this.audit.record(AuditAction.UPDATE, RECORD_TYPE, id.toString(), "fields: " + String.join(",", changed));
		}
		return details(member);
	}

	@PreAuthorize("hasAuthority('STAFF_WRITE')")
	@Transactional
	public void addTraining(StaffId id, @Valid TrainingCommand training) {
		change(id, "training added", (member) -> member.addTraining(training.category(), training.title(),
				training.provider(), training.completedOn(), training.hours(), training.verified()));
	}

	@PreAuthorize("hasAuthority('STAFF_WRITE')")
	@Transactional
	public void addObservation(StaffId id, @Valid ObservationCommand observation) {
		change(id, "supervision observation added", (member) -> member.addObservation(observation.observedOn(),
				observation.observerName(), observation.groupObserved(), observation.notes()));
	}

	@PreAuthorize("hasAuthority('STAFF_WRITE')")
	@Transactional
	public void addLicence(StaffId id, @Valid LicenceCommand licence) {
		change(id, "licence added",
				(member) -> member.addLicence(licence.kind(), licence.number(), licence.issuer(), licence.expiresOn()));
	}

	/**
	 * 501.290(b): the training plan for the 20 abuser-services hours went to the
	 * Department on this day.
	 */
	@PreAuthorize("hasAuthority('STAFF_WRITE')")
	@Transactional
	public void recordTrainingPlan(StaffId id, @Valid DatedCommand submitted) {
		String by = CurrentActor.require().username();
		change(id, "501.290(b) training plan submitted " + submitted.date() + " by " + by, (member) -> {
			if (submitted.date().isBefore(member.hireDate())) {
				throw new StaffChangeRefused("date", "staff.plan.beforeHire");
			}
			member.recordTrainingPlan(submitted.date(), by);
		});
	}

	/**
	 * 501.290(b): the Department approved the training plan on this day.
	 * @throws StaffChangeRefused when no plan was submitted, it was approved already, or
	 * the day is before the submission
	 */
	@PreAuthorize("hasAuthority('STAFF_WRITE')")
	@Transactional
	public void recordTrainingPlanApproval(StaffId id, @Valid TrainingPlanApprovalCommand approval) {
		change(id, "501.290(b) training plan approved by the Department " + approval.approvedOn(), (member) -> {
			if (member.trainingPlanSubmittedOn() == null) {
				throw new StaffChangeRefused("approvedOn", "staff.plan.notSubmitted");
			}
			if (member.trainingPlanApprovedOn() != null) {
				throw new StaffChangeRefused("approvedOn", "staff.plan.approvedAlready");
			}
			if (approval.approvedOn().isBefore(member.trainingPlanSubmittedOn())) {
				throw new StaffChangeRefused("approvedOn", "staff.plan.approvalBeforeSubmission");
			}
			member.recordTrainingPlanApproval(approval.approvedOn(), approval.approvedBy().strip());
		});
	}

	/**
	 * 501.290(b): the documentation of a training entry went to the Department on this
	 * day.
	 * @throws StaffChangeRefused when the entry is unknown, already recorded as sent, or
	 * the day is before the training was completed
	 */
	@PreAuthorize("hasAuthority('STAFF_WRITE')")
	@Transactional
	public void recordEvidenceSent(StaffId id, int position, @Valid DatedCommand sent) {
		change(id, "501.290(b) training " + position + " documentation sent " + sent.date(), (member) -> {
			List<StaffMember.TrainingEntry> training = member.training();
			if (position >= 0 && position < training.size()
					&& sent.date().isBefore(training.get(position).completedOn())) {
				throw new StaffChangeRefused("date", "staff.evidence.beforeCompletion");
			}
			if (!member.recordEvidenceSent(position, sent.date())) {
				throw new StaffChangeRefused("date", "staff.evidence.unknown");
			}
		});
	}

	/**
	 * The person left the program on this day: no longer active, no longer on the
	 * compliance dashboard, and a staff change to tell the Department of (501.70(a)(2)).
	 * @throws StaffChangeRefused when the day is before the hire date or a departure is
	 * recorded already
	 */
	@PreAuthorize("hasAuthority('STAFF_WRITE')")
	@Transactional
	public void recordDeparture(StaffId id, @Valid DatedCommand left) {
		StaffMember member = load(id);
		if (!member.active()) {
			throw new StaffChangeRefused("date", "staff.departure.already");
		}
		if (left.date().isBefore(member.hireDate())) {
			throw new StaffChangeRefused("date", "staff.departure.beforeHire");
		}
		member.recordDeparture(left.date());
		this.members.save(member);
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, id.toString(), "left " + left.date());
		boolean director = this.jdbc
			.sql("select count(*) from staff_account where staff_id = ? and 'PROGRAM_DIRECTOR' = any(roles)")
			.param(id.value())
			.query(Long.class)
			.single() > 0;
		this.events.publishEvent(new StaffLeft(id, member.firstName() + " " + member.lastName(), member.jobTitle(),
				left.date(), director));
	}

	/**
	 * The compliance dashboard (PRG-1..PRG-3): every active staff member's overdue
	 * findings and those due within {@code withinDays}, each with its rule section.
	 * @throws StaffChangeRefused when the window is not 30, 60 or 90 days
	 */
	@PreAuthorize("hasAuthority('STAFF_WRITE')")
	@Transactional
	public ComplianceDashboard complianceDashboard(int withinDays) {
		if (!ComplianceCalendar.WINDOWS.contains(withinDays)) {
			throw new StaffChangeRefused("within", "staff.dashboard.window");
		}
		LocalDate today = LocalDate.now(this.clock);
		List<ComplianceDashboard.Row> overdue = new ArrayList<>();
		List<ComplianceDashboard.Row> due = new ArrayList<>();
		Map<UUID, Set<Role>> roles = accountRoles();
		for (StaffMember member : this.members.findAllByOrderByLastNameAscFirstNameAsc()) {
			if (!member.active()) {
				continue;
			}
			List<ComplianceFinding> findings = findings(member, roles.get(member.id()), today);
			ComplianceCalendar.overdue(findings).forEach((f) -> overdue.add(row(member, f, today)));
			ComplianceCalendar.dueWithin(findings, today, withinDays).forEach((f) -> due.add(row(member, f, today)));
		}
		due.sort(Comparator.comparing(ComplianceDashboard.Row::dueOn));
		Map<Check, long[]> counts = new EnumMap<>(Check.class);
		Map<Check, String> sections = new EnumMap<>(Check.class);
		overdue.forEach((row) -> {
			counts.computeIfAbsent(row.check(), (c) -> new long[2])[0]++;
			sections.put(row.check(), row.section());
		});
		due.forEach((row) -> {
			counts.computeIfAbsent(row.check(), (c) -> new long[2])[1]++;
			sections.put(row.check(), row.section());
		});
		List<ComplianceDashboard.RuleCount> byRule = counts.entrySet()
			.stream()
			.map((entry) -> new ComplianceDashboard.RuleCount(entry.getKey(), sections.get(entry.getKey()),
					entry.getValue()[0], entry.getValue()[1]))
			.toList();
		this.audit.record(AuditAction.READ, RECORD_TYPE, null, "compliance dashboard " + withinDays + " days");
		return new ComplianceDashboard(today, withinDays, overdue, due, byRule);
	}

	/**
	 * Every active staff member's findings today, for the reminders: staff id, name,
	 * email and findings.
	 */
	List<Assessed> assessActive(LocalDate today) {
		Map<UUID, Set<Role>> roles = accountRoles();
		return this.members.findAllByOrderByLastNameAscFirstNameAsc()
			.stream()
			.filter(StaffMember::active)
			.map((member) -> new Assessed(new StaffId(member.id()), member.firstName() + " " + member.lastName(),
					member.email(), findings(member, roles.get(member.id()), today)))
			.toList();
	}

	record Assessed(StaffId id, String name, String email, List<ComplianceFinding> findings) {
	}

	private static ComplianceDashboard.Row row(StaffMember member, ComplianceFinding finding, LocalDate today) {
		return new ComplianceDashboard.Row(new StaffId(member.id()), member.lastName() + ", " + member.firstName(),
				member.jobTitle(), finding.check(), finding.section(), finding.outcome(), finding.dueOn(),
				ComplianceCalendar.daysLeft(finding, today), finding.messageKey(), finding.arguments());
	}

	// Additions are not edits of what the user saw, so they apply to the current version.
	private void change(StaffId id, String detail, Consumer<StaffMember> change) {
		StaffMember member = load(id);
		change.accept(member);
		this.members.save(member);
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, id.toString(), detail);
	}

	private StaffMember load(StaffId id) {
		return this.members.findById(id.value()).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
	}

	private StaffDetails details(StaffMember member) {
		List<StaffMember.TrainingEntry> entries = member.training();
		List<StaffDetails.Training> training = IntStream.range(0, entries.size()).mapToObj((i) -> {
			StaffMember.TrainingEntry entry = entries.get(i);
			return new StaffDetails.Training(i, entry.category(), entry.title(), entry.provider(), entry.completedOn(),
					entry.hours(), entry.verified(), entry.sentToDepartmentOn());
		}).sorted(Comparator.comparing(StaffDetails.Training::completedOn).reversed()).toList();
		List<StaffDetails.Observation> observations = member.observations()
			.stream()
			.sorted(Comparator.comparing(StaffMember.SupervisionObservation::observedOn).reversed())
			.map((entry) -> new StaffDetails.Observation(entry.observedOn(), entry.observerName(),
					entry.groupObserved(), entry.notes()))
			.toList();
		List<StaffDetails.Licence> licences = member.licences()
			.stream()
			.sorted(Comparator.comparing(StaffMember.Licence::expiresOn))
			.map((entry) -> new StaffDetails.Licence(entry.kind(), entry.number(), entry.issuer(), entry.expiresOn()))
			.toList();
		return new StaffDetails(new StaffId(member.id()), member.version(), member.firstName(), member.lastName(),
				member.email(), member.phone(), member.jobTitle(), member.hireDate(), member.supervisor(),
				member.formerPerpetrator(), member.abuseFreeSince(), member.abuseFreeVerifiedOn(), member.active(),
				member.trainingPlanSubmittedOn(), member.trainingPlanSubmittedBy(), member.trainingPlanApprovedOn(),
				member.trainingPlanApprovedBy(), member.leftOn(), training, observations, licences,
				findings(member, LocalDate.now(this.clock)));
	}

	/**
	 * The roles of each staff member's sign-in account in the current agency; a staff
	 * member without an account is absent.
	 */
	private Map<UUID, Set<Role>> accountRoles() {
		Map<UUID, Set<Role>> roles = new HashMap<>();
		this.jdbc.sql("select staff_id, roles from staff_account where agency_id = current_agency_id()")
			.query((rs, row) -> roles.put(rs.getObject("staff_id", UUID.class),
					Arrays.stream((String[]) rs.getArray("roles").getArray())
						.map(Role::valueOf)
						.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))))
			.list();
		return roles;
	}

	private List<ComplianceFinding> findings(StaffMember member, LocalDate today) {
		return findings(member, accountRoles().get(member.id()), today);
	}

	/**
	 * The checks that apply by the person's roles: someone without an account is assessed
	 * as a facilitator; the Department monitor and referral-source viewers are not PAIP
	 * staff; 501.290(b) covers direct service and supervisors, 501.300 observation those
	 * who run groups.
	 */
	private static List<ComplianceFinding> findings(StaffMember member, Set<Role> roles, LocalDate today) {
		boolean noAccount = roles == null || roles.isEmpty();
		if (!noAccount && roles.stream().allMatch(EXTERNAL_ROLES::contains)) {
			return List.of();
		}
		boolean facilitator = noAccount || roles.contains(Role.FACILITATOR) || roles.contains(Role.PROGRAM_DIRECTOR);
		boolean directService = facilitator || roles.contains(Role.INTAKE_WORKER)
				|| roles.contains(Role.VICTIM_LIAISON);
		StaffCompliance.Person person = new StaffCompliance.Person(member.hireDate(), member.formerPerpetrator(),
				member.abuseFreeSince(), member.abuseFreeVerifiedOn(), member.supervisor(),
				member.trainingPlanSubmittedOn(), member.trainingPlanSubmittedBy(), member.trainingPlanApprovedOn(),
				member.trainingPlanApprovedBy(), directService, facilitator);
		List<StaffMember.TrainingEntry> entries = member.training();
		return StaffCompliance.assess(person, IntStream.range(0, entries.size()).mapToObj((i) -> {
			StaffMember.TrainingEntry entry = entries.get(i);
			return new StaffCompliance.Training(entry.category(), entry.completedOn(), entry.hours(), entry.verified(),
					entry.sentToDepartmentOn(), entry.title(), String.valueOf(i));
		}).toList(), member.observations().stream().map(StaffMember.SupervisionObservation::observedOn).toList(),
				member.licences()
					.stream()
					.map((entry) -> new StaffCompliance.Licence(entry.kind(), entry.expiresOn()))
					.toList(),
				today);
	}

	private static Outcome worst(List<ComplianceFinding> findings) {
		return findings.stream().map(ComplianceFinding::outcome).max(Comparator.naturalOrder()).orElse(Outcome.MET);
	}

}
