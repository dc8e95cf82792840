package org.paipmanager.compliance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.paipmanager.shared.ProgramZone;
import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.consent.DisclosingInformation;
import org.paipmanager.correspondence.CorrespondenceKind;
import org.paipmanager.correspondence.CorrespondenceManagement;
import org.paipmanager.correspondence.LetterListing;
import org.paipmanager.group.AttendanceProgress;
import org.paipmanager.group.GroupRoster;
import org.paipmanager.group.GroupManagement;
import org.paipmanager.group.GroupPurpose;
import org.paipmanager.group.RecordingAttendance;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.participant.ReferralDecisions;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.RecordNotFoundException;
import org.paipmanager.staff.StaffComplianceFacts;
import org.paipmanager.staff.StaffManagement;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The program's own compliance (501.70, PRG-5): versioned written policies for every
 * Subpart B section, the self-check that shows each section with its live evidence, and
 * corrective action plans. The evidence is counted through the owning modules' facades,
 * never from their tables. Only the director (PROGRAM_COMPLIANCE) uses it; every change
 * is audited.
 */
@Service
public class ComplianceManagement {

	static final String DIRECTOR = "hasAuthority('PROGRAM_COMPLIANCE')";

	static final int MAXIMUM_GROUP_SIZE = 15;

	private static final String POLICY = "compliance-policy";

	private static final String ACTION = "corrective-action";

	private static final int MAX_TITLE = 200;

	private static final int MAX_TEXT = 20000;

	private static final int MAX_FINDING = 2000;

	private static final int MAX_ACTIONS = 4000;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final StaffManagement staff;

	private final GroupManagement groups;

	private final RecordingAttendance attendance;

	private final ParticipantManagement participants;

	private final DisclosingInformation disclosures;

	private final ReferralDecisions referralDecisions;

	private final CorrespondenceManagement correspondence;

	ComplianceManagement(JdbcClient jdbc, AuditLog audit, Clock clock, StaffManagement staff, GroupManagement groups,
			RecordingAttendance attendance, ParticipantManagement participants, DisclosingInformation disclosures,
			ReferralDecisions referralDecisions, CorrespondenceManagement correspondence) {
		this.referralDecisions = referralDecisions;
		this.correspondence = correspondence;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.staff = staff;
		this.groups = groups;
		this.attendance = attendance;
		this.participants = participants;
		this.disclosures = disclosures;
	}

	/** Today in the program's time zone. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(ProgramZone.ZONE));
	}

	/** The written policy of every Subpart B section, in the rule's order. */
	@PreAuthorize(DIRECTOR)
	@Transactional(readOnly = true)
	public List<PolicyView> policies() {
		Map<String, Long> versions = new LinkedHashMap<>();
		this.jdbc.sql("select section, version from compliance_policy")
			.query((rs, row) -> versions.put(rs.getString(1), rs.getLong(2)))
			.list();
		Map<String, List<PolicyVersion>> history = this.jdbc.sql("""
				select p.section, v.number, v.title, v.body, v.effective_on, v.approved_by_username, v.approved_at
				from compliance_policy_version v join compliance_policy p on p.id = v.policy_id
				order by p.section, v.number desc""")
			.query((rs, row) -> Map.entry(rs.getString("section"),
					new PolicyVersion(rs.getInt("number"), rs.getString("title"), rs.getString("body"),
							rs.getObject("effective_on", LocalDate.class), rs.getString("approved_by_username"),
							rs.getTimestamp("approved_at").toInstant())))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		LocalDate today = today();
		return Arrays.stream(SubpartBSection.values())
			.map((section) -> new PolicyView(section, versions.get(section.section()),
					history.getOrDefault(section.section(), List.of()), today))
			.toList();
	}

	/** The written policy of one section with every version. */
	@PreAuthorize(DIRECTOR)
	@Transactional(readOnly = true)
	public PolicyView policy(SubpartBSection section) {
		return policies().stream().filter((p) -> p.section() == section).findFirst().orElseThrow();
	}

	/**
	 * Saves a new version of a section's policy, approved by the director saving it. The
	 * versions before it are kept.
	 * @throws ComplianceRefused naming each missing or too long field
	 * @throws OptimisticLockingFailureException when someone saved a version after the
	 * one the editor started from
	 */
	@PreAuthorize(DIRECTOR)
	@Transactional
	public int writePolicy(PolicyCommand command) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (command.section() == null) {
			problems.put("section", "compliance.policy.section.required");
		}
		text(command.title(), MAX_TITLE, "title", "compliance.policy.title", problems);
		text(command.text(), MAX_TEXT, "text", "compliance.policy.text", problems);
		if (command.effectiveOn() == null) {
			problems.put("effectiveOn", "compliance.policy.effectiveOn.required");
		}
		if (!problems.isEmpty()) {
			throw new ComplianceRefused(problems);
		}
		String section = command.section().section();
		UUID policyId = this.jdbc.sql("select id from compliance_policy where section = ? for update")
			.param(section)
			.query(UUID.class)
			.optional()
			.orElse(null);
		if (policyId == null) {
			if (command.version() != null) {
				throw stale(section);
			}
			policyId = UUID.randomUUID();
			this.jdbc.sql(
					"insert into compliance_policy (id, agency_id, section, version) values (?, current_agency_id(), ?, 0)")
				.params(policyId, section)
				.update();
		}
		else if (command.version() == null
				|| this.jdbc.sql("update compliance_policy set version = version + 1 where id = ? and version = ?")
					.params(policyId, command.version())
					.update() == 0) {
			throw stale(section);
		}
		int number = this.jdbc
			.sql("select coalesce(max(number), 0) + 1 from compliance_policy_version where policy_id = ?")
			.param(policyId)
			.query(Integer.class)
			.single();
		this.jdbc.sql("""
				insert into compliance_policy_version (id, agency_id, policy_id, number, title, body, effective_on,
				    approved_by_username, approved_at)
				values (?, current_agency_id(), ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), policyId, number, command.title().strip(), command.text().strip(),
					command.effectiveOn(), CurrentActor.require().username(), now())
			.update();
		this.audit.record(AuditAction.UPDATE, POLICY, section,
				"501.70(a)(3) version " + number + " effective " + command.effectiveOn());
		return number;
	}

	/**
	 * The self-check (PRG-5): every Subpart B section with its policy and, where the data
	 * shows it, the live evidence, and the corrective action plans.
	 */
	@PreAuthorize(DIRECTOR + " and hasAuthority('STAFF_READ') and hasAuthority('GROUP_READ')"
			+ " and hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public SelfCheck selfCheck() {
		Map<SubpartBSection, PolicyView> policies = policies().stream()
			.collect(Collectors.toMap(PolicyView::section, (p) -> p));
		List<StaffComplianceFacts> staffFacts = this.staff.complianceFacts();
		List<GroupRoster> rosters = this.groups.rosters();
		Map<SubpartBSection, List<SelfCheck.Evidence>> data = new LinkedHashMap<>();

		// 501.90(d)(1), (3), (4): two facilitators, one gender, at most 15.
		List<GroupRoster> programGroups = rosters.stream().filter((g) -> g.purpose() == GroupPurpose.PROGRAM).toList();
		Set<UUID> activeStaff = staffFacts.stream()
			.filter(StaffComplianceFacts::active)
			.map((s) -> s.id().value())
			.collect(Collectors.toSet());
		data.put(SubpartBSection.EDUCATIONAL_COMPONENT,
				List.of(count("compliance.evidence.groupsOverFifteen", "501.90(d)(4)",
						groups(rosters.stream().filter((g) -> g.members() > MAXIMUM_GROUP_SIZE)), CheckStatus.NOT_MET,
						"/groups"),
						count("compliance.evidence.groupsWithoutTwoFacilitators", "501.90(d)(1)",
								groups(rosters.stream()
									.filter((g) -> !g.twoFacilitators() || !activeStaff.contains(g.facilitatorId())
											|| !activeStaff.contains(g.coFacilitatorId()))),
								CheckStatus.NOT_MET, "/groups"),
						count("compliance.evidence.mixedGenderGroups", "501.90(d)(3)",
								groups(rosters.stream().filter(GroupRoster::mixedGender)), CheckStatus.NOT_MET,
								"/groups"),
						count("compliance.evidence.completedShort", "501.90(a)", completedShort(), CheckStatus.NOT_MET,
								"/participants")));

		// 501.230(a): each accepted or rejected referral is answered to the referral
		// source.
		data.put(SubpartBSection.REFERRALS, List.of(count("compliance.evidence.decisionWithoutLetter", "501.230(a)",
				decisionsWithoutLetter(), CheckStatus.ATTENTION, "/participants")));

		// 501.210(b): disclosures only under a release in force.
		long afterRelease = this.disclosures.disclosuresAfterReleaseEnded();
		data.put(SubpartBSection.CONFIDENTIALITY,
				List.of(new SelfCheck.Evidence("compliance.evidence.releaseEndedButUsed", "501.210(b)", afterRelease,
						(afterRelease == 0) ? CheckStatus.MET : CheckStatus.NOT_MET, null, List.of())));

		List<StaffComplianceFacts> active = staffFacts.stream().filter(StaffComplianceFacts::active).toList();
		Set<UUID> facilitators = programGroups.stream()
			.flatMap((g) -> Stream.of(g.facilitatorId(), g.coFacilitatorId()))
			.collect(Collectors.toSet());
		data.put(SubpartBSection.ETHICAL_REQUIREMENTS, List.of(count("compliance.evidence.licenceExpired", "501.280(c)",
				staff(active.stream().filter(StaffComplianceFacts::licenceExpired)), CheckStatus.NOT_MET, "/staff")));
		data.put(SubpartBSection.STAFF_COMPETENCY,
				List.of(count("compliance.evidence.withoutFortyHours", "501.290(b)",
						staff(active.stream().filter((s) -> !s.fortyHourTrainingMet())), CheckStatus.NOT_MET, "/staff"),
						count("compliance.evidence.twentyHoursOverdue", "501.290(b)",
								staff(active.stream().filter(StaffComplianceFacts::abuserServicesTrainingOverdue)),
								CheckStatus.ATTENTION, "/staff"),
						count("compliance.evidence.continuingEducationMissed", "501.290(c)",
								staff(active.stream().filter(StaffComplianceFacts::continuingEducationMissed)),
								CheckStatus.ATTENTION, "/staff")));
		data.put(SubpartBSection.SUPERVISION,
				List.of(count("compliance.evidence.observationOverdue", "501.300",
						staff(active.stream()
							.filter((s) -> facilitators.contains(s.id().value()))
							.filter(StaffComplianceFacts::observationOverdue)),
						CheckStatus.NOT_MET, "/staff")));

		List<SelfCheck.Row> rows = new ArrayList<>();
		for (SubpartBSection section : SubpartBSection.values()) {
			PolicyView policy = policies.get(section);
			List<SelfCheck.Evidence> evidence = new ArrayList<>();
			evidence.add(new SelfCheck.Evidence(policyKey(policy), "501.70(a)(3)", policy.inForce().isPresent() ? 1 : 0,
					policy.status(), "/compliance/policies/" + section.section(), List.of()));
			evidence.addAll(data.getOrDefault(section, List.of()));
			rows.add(new SelfCheck.Row(section, evidence));
		}
		List<CorrectiveActionView> actions = correctiveActions();
		this.audit.record(AuditAction.READ, "compliance-self-check", null, "sections=" + rows.size() + ", notMet="
				+ rows.stream().filter((r) -> r.status() == CheckStatus.NOT_MET).count());
		return new SelfCheck(today(), rows, actions);
	}

	/** Every corrective action plan, open ones first, then by due date. */
	@PreAuthorize(DIRECTOR)
	@Transactional(readOnly = true)
	public List<CorrectiveActionView> correctiveActions() {
		LocalDate today = today();
		return this.jdbc.sql("""
				select id, section, finding, actions, owner_name, due_on, status, opened_by_username, opened_at, version
				from compliance_corrective_action
				order by case when status in ('OPEN', 'IN_PROGRESS') then 0 else 1 end, due_on, opened_at""")
			.query((rs, row) -> new CorrectiveActionView(rs.getObject("id", UUID.class),
					SubpartBSection.of(rs.getString("section")).orElseThrow(), rs.getString("finding"),
					rs.getString("actions"), rs.getString("owner_name"), rs.getObject("due_on", LocalDate.class),
					CorrectiveActionStatus.valueOf(rs.getString("status")), rs.getString("opened_by_username"),
					rs.getTimestamp("opened_at").toInstant(), rs.getLong("version"), today))
			.list();
	}

	/**
	 * Opens a corrective action plan (501.70(b)), from a self-check row or by hand.
	 * @throws ComplianceRefused naming each missing or too long field
	 */
	@PreAuthorize(DIRECTOR)
	@Transactional
	public UUID openCorrectiveAction(CorrectiveActionCommand command) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (command.section() == null) {
			problems.put("section", "compliance.action.section.required");
		}
		text(command.finding(), MAX_FINDING, "finding", "compliance.action.finding", problems);
		text(command.actions(), MAX_ACTIONS, "actions", "compliance.action.actions", problems);
		text(command.owner(), MAX_TITLE, "owner", "compliance.action.owner", problems);
		if (command.dueOn() == null) {
			problems.put("dueOn", "compliance.action.dueOn.required");
		}
		if (!problems.isEmpty()) {
			throw new ComplianceRefused(problems);
		}
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into compliance_corrective_action (id, agency_id, section, finding, actions, owner_name, due_on,
				    status, opened_by_username, opened_at, version)
				values (?, current_agency_id(), ?, ?, ?, ?, ?, 'OPEN', ?, ?, 0)""")
			.params(id, command.section().section(), command.finding().strip(), command.actions().strip(),
					command.owner().strip(), command.dueOn(), CurrentActor.require().username(), now())
			.update();
		this.audit.record(AuditAction.CREATE, ACTION, id.toString(),
				"501.70(b) " + command.section().section() + " due " + command.dueOn());
		return id;
	}

	/**
	 * Moves a plan to another status.
	 * @throws OptimisticLockingFailureException when the plan changed since it was shown
	 */
	@PreAuthorize(DIRECTOR)
	@Transactional
	public void moveCorrectiveAction(UUID id, CorrectiveActionStatus status, long version) {
		if (status == null) {
			throw new ComplianceRefused(Map.of("status", "compliance.action.status.required"));
		}
		if (this.jdbc.sql("select count(*) from compliance_corrective_action where id = ?")
			.param(id)
			.query(Long.class)
			.single() == 0) {
			throw new RecordNotFoundException(ACTION, id);
		}
		int updated = this.jdbc.sql("""
				update compliance_corrective_action set status = ?, status_changed_by_username = ?,
				    status_changed_at = ?, version = version + 1
				where id = ? and version = ?""")
			.params(status.name(), CurrentActor.require().username(), now(), id, version)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException(
					"Corrective action plan " + id + " was changed by someone else");
		}
		this.audit.record(AuditAction.UPDATE, ACTION, id.toString(), "501.70(b) status " + status);
	}

	private List<SelfCheck.Item> completedShort() {
		List<SelfCheck.Item> items = new ArrayList<>();
		for (ParticipantDetails participant : this.participants.list(ProgramStage.COMPLETED)) {
			AttendanceProgress progress = this.attendance.progress(participant.id());
			if (progress.sessionsAttended() < progress.sessionsRequired()
					|| progress.hoursAttended().compareTo(progress.hoursRequired()) < 0) {
				items.add(new SelfCheck.Item(participant.firstName() + " " + participant.lastName(),
						"/participants/" + participant.id()));
			}
		}
		return items;
	}

	private List<SelfCheck.Item> decisionsWithoutLetter() {
		Set<CorrespondenceKind> answers = Set.of(CorrespondenceKind.REFERRAL_ACCEPTED,
				CorrespondenceKind.REFERRAL_REJECTED);
		List<SelfCheck.Item> items = new ArrayList<>();
		for (ParticipantDetails participant : this.participants.list(null)) {
			if (participant.stage() == ProgramStage.REFERRED
					|| this.referralDecisions.history(participant.id()).isEmpty()) {
				continue;
			}
			boolean answered = this.correspondence.letters(participant.id())
				.stream()
				.map(LetterListing::kind)
				.anyMatch(answers::contains);
			if (!answered) {
				items.add(new SelfCheck.Item(participant.firstName() + " " + participant.lastName(),
						"/participants/" + participant.id()));
			}
		}
		return items;
	}

	private static List<SelfCheck.Item> groups(Stream<GroupRoster> groups) {
		return groups.map((g) -> new SelfCheck.Item(g.name(), "/groups/" + g.id())).toList();
	}

	private static List<SelfCheck.Item> staff(Stream<StaffComplianceFacts> staff) {
		return staff.map((s) -> new SelfCheck.Item(s.name(), "/staff/" + s.id())).toList();
	}

	private static SelfCheck.Evidence count(String labelKey, String paragraph, List<SelfCheck.Item> items,
			CheckStatus whenFound, String link) {
		return new SelfCheck.Evidence(labelKey, paragraph, items.size(), items.isEmpty() ? CheckStatus.MET : whenFound,
				link, items);
	}

	private static String policyKey(PolicyView policy) {
		return switch (policy.status()) {
			case MET -> "compliance.evidence.policyInForce";
			case ATTENTION -> "compliance.evidence.policyNotYetInForce";
			case NOT_MET -> "compliance.evidence.policyMissing";
		};
	}

	private static void text(String value, int max, String field, String key, Map<String, String> problems) {
		if (value == null || value.isBlank()) {
			problems.put(field, key + ".required");
		}
		else if (value.length() > max) {
			problems.put(field, key + ".long");
		}
	}

	private static OptimisticLockingFailureException stale(String section) {
		return new OptimisticLockingFailureException("The policy for " + section + " was changed by someone else");
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS));
	}

}
