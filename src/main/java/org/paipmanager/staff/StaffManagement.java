package org.paipmanager.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import java.util.function.Consumer;

import jakarta.validation.Valid;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.RecordNotFoundException;
import org.paipmanager.shared.StaffId;
import org.paipmanager.staff.domain.ComplianceFinding;
import org.paipmanager.staff.domain.ComplianceFinding.Outcome;
import org.paipmanager.staff.domain.StaffCompliance;

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

	private final StaffMembers members;

	private final AuditLog audit;

	private final Clock clock;

	private final JdbcClient jdbc;

	StaffManagement(StaffMembers members, AuditLog audit, Clock clock, JdbcClient jdbc) {
		this.members = members;
		this.audit = audit;
		this.clock = clock;
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
		return this.members.findAllByOrderByLastNameAscFirstNameAsc()
			.stream()
			.map((member) -> new StaffSummary(new StaffId(member.id()), member.firstName(), member.lastName(),
					member.jobTitle(), member.hireDate(), member.active(), worst(findings(member, today))))
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
			.filter((finding) -> finding.check() != ComplianceFinding.Check.LICENCE
					&& finding.check() != ComplianceFinding.Check.ABUSE_FREE_VERIFICATION)
			.toList();
		return new FacilitatorStanding(id, member.firstName() + " " + member.lastName(), member.formerPerpetrator(),
				member.abuseFreeSince(), member.abuseFreeVerifiedOn(), overdue);
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
		return new StaffId(member.id());
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
		List<StaffDetails.Training> training = member.training()
			.stream()
			.sorted(Comparator.comparing(StaffMember.TrainingEntry::completedOn).reversed())
			.map((entry) -> new StaffDetails.Training(entry.category(), entry.title(), entry.provider(),
					entry.completedOn(), entry.hours(), entry.verified()))
			.toList();
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
				training, observations, licences, findings(member, LocalDate.now(this.clock)));
	}

	private static List<ComplianceFinding> findings(StaffMember member, LocalDate today) {
		StaffCompliance.Person person = new StaffCompliance.Person(member.hireDate(), member.formerPerpetrator(),
				member.abuseFreeSince(), member.abuseFreeVerifiedOn());
		return StaffCompliance.assess(person,
				member.training()
					.stream()
					.map((entry) -> new StaffCompliance.Training(entry.category(), entry.completedOn(), entry.hours()))
					.toList(),
				member.observations().stream().map(StaffMember.SupervisionObservation::observedOn).toList(),
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
