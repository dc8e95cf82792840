package org.paipmanager.program;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.program.GrievanceCommand.Action;
import org.paipmanager.program.ProtocolApplicationCommand.Kind;
import org.paipmanager.program.ProtocolApplicationView.Area;
import org.paipmanager.program.ProtocolApplicationView.Status;
import org.paipmanager.program.domain.Deadline;
import org.paipmanager.program.domain.GrievanceDeadlines;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.RecordNotFoundException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Protocol approval (PRG-6): the agency's protocol applications to the Department with
 * their written disposition (501.40), renewal notices, removal from the approved list
 * (501.70(b)), and grievances against a denial or a removal, filed within 30 calendar
 * days and answered by the Department within 45 calendar days of receipt (501.50). Every
 * application is kept: a renewal or a resubmission is a new application naming the one it
 * follows. A change names the version it was made against; a stale one is a conflict.
 */
@Service
@Validated
public class ApplyingForProtocol {

	static final String READ = "hasAuthority('PROGRAM_READ')";

	static final String WRITE = "hasAuthority('PROGRAM_WRITE')";

	static final String APPLICATION = "program-protocol-application";

	static final String GRIEVANCE = "program-grievance";

	private static final String SELECT_APPLICATION = """
			select a.*, exists (select 1 from program_protocol_application r where r.follows_id = a.id
			    and r.kind = 'RENEWAL' and r.status <> 'DENIED') as renewal_submitted
			from program_protocol_application a""";

	private static final String SELECT_GRIEVANCE = "select * from program_grievance";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final ProgramDates dates;

	ApplyingForProtocol(JdbcClient jdbc, AuditLog audit, ProgramDates dates) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.dates = dates;
	}

	/** Every application of the agency, the latest submitted first. */
	@PreAuthorize(READ)
	@Transactional
	public List<ProtocolApplicationView> applications() {
		List<ProtocolApplicationView> found = this.jdbc
			.sql(SELECT_APPLICATION + " order by a.submitted_on desc, a.recorded_at desc")
			.query(this::mapApplication)
			.list();
		this.audit.record(AuditAction.READ, APPLICATION + "-list", null, "rows=" + found.size());
		return found;
	}

	@PreAuthorize(READ)
	@Transactional
	public ProtocolApplicationView application(UUID id) {
		ProtocolApplicationView view = load(id);
		this.audit.record(AuditAction.READ, APPLICATION, id.toString(), null);
		return view;
	}

	/**
	 * Records an application submitted to the Department.
	 * @throws ProgramRefused when a renewal does not follow an approved application, a
	 * resubmission does not follow a denied one or leaves an area of the denial
	 * unaddressed (501.40(d)), or the date is in the future; nothing is saved
	 */
	@PreAuthorize(WRITE)
	@Transactional
	public UUID submit(@Valid ProtocolApplicationCommand command) {
		Map<String, String> problems = new LinkedHashMap<>();
		this.dates.notInFuture(command.submittedOn(), "submittedOn", problems);
		ProtocolApplicationView follows = null;
		if (command.kind() == Kind.INITIAL) {
			if (command.followsId() != null) {
				problems.put("followsId", "program.protocol.initial.follows");
			}
		}
		else if (command.followsId() == null) {
			problems.put("followsId", "program.protocol.follows.required");
		}
		else {
			follows = load(command.followsId());
			checkFollows(command, follows, problems);
		}
		if (!problems.isEmpty()) {
			throw new ProgramRefused(problems);
		}
		UUID id = UUID.randomUUID();
		try {
			this.jdbc.sql("""
					insert into program_protocol_application (id, agency_id, kind, follows_id, submitted_on, signed_by,
					    status, recorded_by_username, recorded_at)
					values (?, current_agency_id(), ?, ?, ?, ?, 'SUBMITTED', ?, ?)""")
				.params(id, command.kind().name(), command.followsId(), command.submittedOn(),
						command.signedBy().strip(), CurrentActor.require().username(), this.dates.now())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new ProgramRefused(Map.of("followsId", "program.protocol.resubmission.already"));
		}
		if (follows != null && command.kind() == Kind.RESUBMISSION) {
			for (int i = 0; i < follows.denialAreas().size(); i++) {
				this.jdbc.sql("""
						insert into program_denial_area_addressed (resubmission_id, position, addressed_how)
						values (?, ?, ?)""").params(id, i, command.addressed().get(i).strip()).update();
			}
		}
		this.audit.record(AuditAction.CREATE, APPLICATION, id.toString(),
				"501.40 " + command.kind() + " submitted " + command.submittedOn());
		return id;
	}

	private void checkFollows(ProtocolApplicationCommand command, ProtocolApplicationView follows,
			Map<String, String> problems) {
		if (command.kind() == Kind.RENEWAL) {
			if (!follows.listed()) {
				problems.put("followsId", "program.protocol.renewal.notApproved");
			}
			else if (follows.renewalSubmitted()) {
				problems.put("followsId", "program.protocol.renewal.already");
			}
			return;
		}
		// 501.40(d): "PAIP applicants that are denied may resubmit the application once
		// identified noncompliance areas have been addressed."
		if (follows.status() != Status.DENIED) {
			problems.put("followsId", "program.protocol.resubmission.notDenied");
			return;
		}
		for (int i = 0; i < follows.denialAreas().size(); i++) {
			if (i >= command.addressed().size() || command.addressed().get(i) == null
					|| command.addressed().get(i).isBlank()) {
				problems.put("addressed[" + i + "]", "program.protocol.resubmission.notAddressed");
			}
		}
		if (command.submittedOn() != null && command.submittedOn().isBefore(follows.decidedOn())) {
			problems.put("submittedOn", "program.protocol.resubmission.beforeDenial");
		}
	}

	/**
	 * Records the Department's written disposition (501.40(b), (c)).
	 * @throws ProgramRefused when the application was decided already, a denial names no
	 * area of non-compliance, or the dates do not fit; nothing is saved
	 */
	@PreAuthorize(WRITE)
	@Transactional
	public ProtocolApplicationView decide(UUID id, long version, @Valid ProtocolDecisionCommand command) {
		ProtocolApplicationView application = load(id);
		Map<String, String> problems = new LinkedHashMap<>();
		if (application.status() != Status.SUBMITTED) {
			problems.put("*", "program.protocol.decision.already");
		}
		this.dates.notInFuture(command.decidedOn(), "decidedOn", problems);
		if (command.decidedOn().isBefore(application.submittedOn())) {
			problems.putIfAbsent("decidedOn", "program.protocol.decision.beforeSubmission");
		}
		LocalDate approvedFrom = null;
		if (command.outcome() == ProtocolDecisionCommand.Outcome.APPROVED) {
			approvedFrom = (command.approvedFrom() != null) ? command.approvedFrom() : command.decidedOn();
			if (command.renewalDueOn() != null && !command.renewalDueOn().isAfter(approvedFrom)) {
				problems.put("renewalDueOn", "program.protocol.renewal.beforeApproval");
			}
			if (!command.denialAreas().isEmpty()) {
				problems.put("denialAreas", "program.protocol.approval.areas");
			}
		}
		else {
			// 501.40(c): "the Department will outline areas of non-compliance in the
			// denial letter."
			if (command.denialAreas().isEmpty()) {
				problems.put("denialAreas", "program.protocol.denial.areasRequired");
			}
			if (command.approvedFrom() != null || command.renewalDueOn() != null) {
				problems.put("renewalDueOn", "program.protocol.denial.noRenewal");
			}
		}
		if (!problems.isEmpty()) {
			throw new ProgramRefused(problems);
		}
		int updated = this.jdbc.sql("""
				update program_protocol_application set status = ?, decided_on = ?, decision_letter = ?,
				    pasc_recommendation = ?, approved_from = ?, renewal_due_on = ?, version = version + 1
				where id = ? and version = ?""")
			.params(command.outcome().name(), command.decidedOn(), blankToNull(command.decisionLetter()),
					blankToNull(command.pascRecommendation()), approvedFrom,
					(command.outcome() == ProtocolDecisionCommand.Outcome.APPROVED) ? command.renewalDueOn() : null, id,
					version)
			.update();
		ProgramDates.expectUpdated(updated, APPLICATION, id, version);
		for (int i = 0; i < command.denialAreas().size(); i++) {
			ProtocolDecisionCommand.DenialArea area = command.denialAreas().get(i);
			this.jdbc
				.sql("insert into program_denial_area (application_id, position, section, finding) values (?, ?, ?, ?)")
				.params(id, i, area.section().strip(), area.finding().strip())
				.update();
		}
		this.audit.record(AuditAction.UPDATE, APPLICATION, id.toString(), "501.40 " + command.outcome() + " on "
				+ command.decidedOn() + ", areas=" + command.denialAreas().size());
		return load(id);
	}

	/**
	 * Records the Department's notice of the renewal date and procedures (501.40(a)).
	 * @throws ProgramRefused when the application is not approved and listed, or the
	 * renewal date is not after the approval
	 */
	@PreAuthorize(WRITE)
	@Transactional
	public ProtocolApplicationView recordRenewalNotice(UUID id, long version, @Valid RenewalNoticeCommand command) {
		ProtocolApplicationView application = load(id);
		Map<String, String> problems = new LinkedHashMap<>();
		if (!application.listed()) {
			problems.put("*", "program.protocol.renewal.notApproved");
		}
		else if (!command.renewalDueOn().isAfter(application.approvedFrom())) {
			problems.put("renewalDueOn", "program.protocol.renewal.beforeApproval");
		}
		this.dates.notInFuture(command.noticeOn(), "noticeOn", problems);
		if (!problems.isEmpty()) {
			throw new ProgramRefused(problems);
		}
		int updated = this.jdbc.sql("""
				update program_protocol_application set renewal_notice_on = ?, renewal_due_on = ?,
				    renewal_procedures = ?, version = version + 1
				where id = ? and version = ?""")
			.params(command.noticeOn(), command.renewalDueOn(), blankToNull(command.procedures()), id, version)
			.update();
		ProgramDates.expectUpdated(updated, APPLICATION, id, version);
		this.audit.record(AuditAction.UPDATE, APPLICATION, id.toString(),
				"501.40(a) renewal due " + command.renewalDueOn());
		return load(id);
	}

	/**
	 * Records the Department's removal of the program from the approved list (501.70(b)),
	 * which may be grieved under 501.50.
	 */
	@PreAuthorize(WRITE)
	@Transactional
	public ProtocolApplicationView recordRemoval(UUID id, long version, @Valid RemovalCommand command) {
		ProtocolApplicationView application = load(id);
		Map<String, String> problems = new LinkedHashMap<>();
		if (!application.listed()) {
			problems.put("*", "program.protocol.removal.notListed");
		}
		else if (command.removedOn().isBefore(application.decidedOn())) {
			problems.put("removedOn", "program.protocol.removal.beforeApproval");
		}
		this.dates.notInFuture(command.removedOn(), "removedOn", problems);
		if (!problems.isEmpty()) {
			throw new ProgramRefused(problems);
		}
		int updated = this.jdbc.sql("""
				update program_protocol_application set removed_on = ?, removal_reason = ?, version = version + 1
				where id = ? and version = ?""")
			.params(command.removedOn(), command.reason().strip(), id, version)
			.update();
		ProgramDates.expectUpdated(updated, APPLICATION, id, version);
		this.audit.record(AuditAction.UPDATE, APPLICATION, id.toString(), "501.70(b) removed " + command.removedOn());
		return load(id);
	}

	/** Every grievance, the latest filed first. */
	@PreAuthorize(READ)
	@Transactional
	public List<GrievanceView> grievances() {
		List<GrievanceView> found = this.jdbc.sql(SELECT_GRIEVANCE + " order by filed_on desc, recorded_at desc")
			.query(this::mapGrievance)
			.list();
		this.audit.record(AuditAction.READ, GRIEVANCE + "-list", null, "rows=" + found.size());
		return found;
	}

	@PreAuthorize(READ)
	@Transactional
	public GrievanceView grievance(UUID id) {
		GrievanceView view = loadGrievance(id);
		this.audit.record(AuditAction.READ, GRIEVANCE, id.toString(), null);
		return view;
	}

	/**
	 * Records a written grievance to the Department (501.50).
	 * @throws ProgramRefused when it was filed more than 30 calendar days after the
	 * denial or removal, there is no such action to grieve, the action was grieved
	 * already (the Department's decision is final), or a date does not fit; nothing is
	 * saved
	 */
	@PreAuthorize(WRITE)
	@Transactional
	public UUID fileGrievance(@Valid GrievanceCommand command) {
		ProtocolApplicationView application = load(command.applicationId());
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate actionOn = (command.action() == Action.DENIAL)
				? ((application.status() == Status.DENIED) ? application.decidedOn() : null) : application.removedOn();
		LocalDate receivedOn = (command.receivedOn() != null) ? command.receivedOn() : command.filedOn();
		this.dates.notInFuture(command.filedOn(), "filedOn", problems);
		this.dates.notInFuture(receivedOn, "receivedOn", problems);
		if (actionOn == null) {
			problems.put("action", "program.grievance.noSuchAction");
		}
		else if (command.filedOn().isBefore(actionOn)) {
			problems.putIfAbsent("filedOn", "program.grievance.beforeAction");
		}
		else if (!GrievanceDeadlines.filedInTime(actionOn, command.filedOn())) {
			problems.put("filedOn", "program.grievance.late");
		}
		if (receivedOn.isBefore(command.filedOn())) {
			problems.putIfAbsent("receivedOn", "program.grievance.receivedBeforeFiled");
		}
		if (!problems.isEmpty()) {
			throw new ProgramRefused(problems);
		}
		UUID id = UUID.randomUUID();
		try {
			this.jdbc
				.sql("""
						insert into program_grievance (id, agency_id, application_id, action, action_on, filed_on, received_on,
						    grounds, materials, recorded_by_username, recorded_at)
						values (?, current_agency_id(), ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, command.applicationId(), command.action().name(), actionOn, command.filedOn(), receivedOn,
						command.grounds().strip(), blankToNull(command.materials()), CurrentActor.require().username(),
						this.dates.now())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new ProgramRefused(Map.of("action", "program.grievance.final"));
		}
		this.audit.record(AuditAction.CREATE, GRIEVANCE, id.toString(),
				"501.50 " + command.action() + " of " + actionOn + ", filed " + command.filedOn());
		return id;
	}

	/**
	 * Records the Department's final response to a grievance (501.50).
	 * @throws ProgramRefused when it was answered already or the date is before receipt
	 */
	@PreAuthorize(WRITE)
	@Transactional
	public GrievanceView recordResponse(UUID id, long version, @Valid GrievanceResponseCommand command) {
		GrievanceView grievance = loadGrievance(id);
		Map<String, String> problems = new LinkedHashMap<>();
		if (grievance.answered()) {
			problems.put("*", "program.grievance.answered");
		}
		this.dates.notInFuture(command.respondedOn(), "respondedOn", problems);
		if (command.respondedOn().isBefore(grievance.receivedOn())) {
			problems.putIfAbsent("respondedOn", "program.grievance.responseBeforeReceipt");
		}
		if (!problems.isEmpty()) {
			throw new ProgramRefused(problems);
		}
		int updated = this.jdbc.sql("""
				update program_grievance set responded_on = ?, outcome = ?, response = ?, version = version + 1
				where id = ? and version = ?""")
			.params(command.respondedOn(), command.outcome().name(), blankToNull(command.response()), id, version)
			.update();
		ProgramDates.expectUpdated(updated, GRIEVANCE, id, version);
		this.audit.record(AuditAction.UPDATE, GRIEVANCE, id.toString(),
				"501.50 response " + command.outcome() + " on " + command.respondedOn());
		return loadGrievance(id);
	}

	/** Renewals, open grievance windows and unanswered grievances, for the due list. */
	List<DueItem> due(LocalDate today) {
		List<DueItem> due = new ArrayList<>();
		List<ProtocolApplicationView> applications = this.jdbc.sql(SELECT_APPLICATION)
			.query(this::mapApplication)
			.list();
		List<GrievanceView> grievances = this.jdbc.sql(SELECT_GRIEVANCE).query(this::mapGrievance).list();
		for (ProtocolApplicationView a : applications) {
			String subject = a.submittedOn().toString();
			if (a.listed() && a.renewalDueOn() != null && !a.renewalSubmitted()) {
				due.add(item(DueItem.Kind.PROTOCOL_RENEWAL, subject, new Deadline(a.renewalDueOn(), "501.40(a)"),
						today));
			}
			if (a.grievanceDeadline() != null && !a.grievanceDeadline().isBefore(today)) {
				Action action = (a.removedOn() != null) ? Action.REMOVAL : Action.DENIAL;
				boolean grieved = grievances.stream()
					.anyMatch((g) -> g.applicationId().equals(a.id()) && g.action() == action);
				if (!grieved) {
					due.add(item(DueItem.Kind.GRIEVANCE_FILING, subject,
							new Deadline(a.grievanceDeadline(), GrievanceDeadlines.SECTION), today));
				}
			}
		}
		for (GrievanceView g : grievances) {
			if (!g.answered()) {
				due.add(item(DueItem.Kind.GRIEVANCE_RESPONSE, g.filedOn().toString(),
						new Deadline(g.responseDueOn(), GrievanceDeadlines.SECTION), today));
			}
		}
		return due;
	}

	private static DueItem item(DueItem.Kind kind, String subject, Deadline deadline, LocalDate today) {
		return new DueItem(kind, subject, deadline.dueOn(), deadline.daysLeft(today), deadline.overdue(today),
				deadline.section(), "/program/protocol");
	}

	private ProtocolApplicationView load(UUID id) {
		return this.jdbc.sql(SELECT_APPLICATION + " where a.id = ?")
			.param(id)
			.query(this::mapApplication)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException(APPLICATION, id));
	}

	private GrievanceView loadGrievance(UUID id) {
		return this.jdbc.sql(SELECT_GRIEVANCE + " where id = ?")
			.param(id)
			.query(this::mapGrievance)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException(GRIEVANCE, id));
	}

	private ProtocolApplicationView mapApplication(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		UUID follows = rs.getObject("follows_id", UUID.class);
		Status status = Status.valueOf(rs.getString("status"));
		Map<Integer, String> addressedBy = new LinkedHashMap<>();
		this.jdbc.sql("""
				select d.position, d.addressed_how from program_denial_area_addressed d
				where d.resubmission_id = (select r.id from program_protocol_application r
				    where r.follows_id = ? and r.kind = 'RESUBMISSION')""")
			.param(id)
			.query((r, n) -> addressedBy.put(r.getInt(1), r.getString(2)))
			.list();
		List<Area> areas = this.jdbc.sql(
				"select position, section, finding from program_denial_area where application_id = ? order by position")
			.param(id)
			.query((r, n) -> new Area(r.getInt(1), r.getString(2), r.getString(3), addressedBy.get(r.getInt(1))))
			.list();
		List<String> addressed = this.jdbc
			.sql("select addressed_how from program_denial_area_addressed where resubmission_id = ? order by position")
			.param(id)
			.query(String.class)
			.list();
		LocalDate decidedOn = rs.getObject("decided_on", LocalDate.class);
		LocalDate removedOn = rs.getObject("removed_on", LocalDate.class);
		LocalDate grievable = (removedOn != null) ? removedOn : ((status == Status.DENIED) ? decidedOn : null);
		return new ProtocolApplicationView(id, rs.getLong("version"), Kind.valueOf(rs.getString("kind")), follows,
				rs.getObject("submitted_on", LocalDate.class), rs.getString("signed_by"), status,
				rs.getString("pasc_recommendation"), decidedOn, rs.getString("decision_letter"),
				rs.getObject("approved_from", LocalDate.class), rs.getObject("renewal_notice_on", LocalDate.class),
				rs.getObject("renewal_due_on", LocalDate.class), rs.getString("renewal_procedures"), removedOn,
				rs.getString("removal_reason"), areas, addressed,
				(grievable != null) ? GrievanceDeadlines.filing(grievable).dueOn() : null,
				rs.getBoolean("renewal_submitted"));
	}

	private GrievanceView mapGrievance(ResultSet rs, int row) throws SQLException {
		LocalDate actionOn = rs.getObject("action_on", LocalDate.class);
		LocalDate receivedOn = rs.getObject("received_on", LocalDate.class);
		LocalDate respondedOn = rs.getObject("responded_on", LocalDate.class);
		String outcome = rs.getString("outcome");
		return new GrievanceView(rs.getObject("id", UUID.class), rs.getLong("version"),
				rs.getObject("application_id", UUID.class), Action.valueOf(rs.getString("action")), actionOn,
				rs.getObject("filed_on", LocalDate.class), receivedOn, rs.getString("grounds"),
				rs.getString("materials"), GrievanceDeadlines.filing(actionOn).dueOn(),
				GrievanceDeadlines.response(receivedOn).dueOn(),
				GrievanceDeadlines.responseOverdue(receivedOn, respondedOn, this.dates.today()), respondedOn,
				(outcome != null) ? GrievanceResponseCommand.Outcome.valueOf(outcome) : null, rs.getString("response"));
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
