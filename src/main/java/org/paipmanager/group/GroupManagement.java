package org.paipmanager.group;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.paipmanager.shared.ProgramZone;
import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.group.domain.CurriculumRules;
import org.paipmanager.group.domain.GroupRules;
import org.paipmanager.group.domain.SessionCalendar;
import org.paipmanager.group.domain.GroupRules.Refusal;
import org.paipmanager.participant.Gender;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.RecordNotFoundException;
import org.paipmanager.shared.StaffId;
import org.paipmanager.staff.FacilitatorStanding;
import org.paipmanager.staff.StaffManagement;
import org.paipmanager.staff.StaffSummary;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The current agency's groups. Setting one up checks the 501.90(d) rules first and
 * refuses with the section when a rule is not met.
 */
@Service
@Validated
public class GroupManagement {

	static final String RECORD_TYPE = "group";

	private final ProgramGroups groups;

	private final StaffManagement staff;

	private final AuditLog audit;

	private final ParticipantManagement participants;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Curricula curricula;

	private final ApplicationEventPublisher events;

	GroupManagement(ProgramGroups groups, StaffManagement staff, AuditLog audit, ParticipantManagement participants,
			JdbcClient jdbc, Clock clock, Curricula curricula, ApplicationEventPublisher events) {
		this.events = events;
		this.groups = groups;
		this.curricula = curricula;
		this.staff = staff;
		this.audit = audit;
		this.participants = participants;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Groups in weekly order: weekday, then start time. */
	@PreAuthorize("hasAuthority('GROUP_READ')")
	@Transactional(readOnly = true)
	public List<GroupDetails> schedule() {
		Map<UUID, String> names = staffNames();
		return this.groups.findAll()
			.stream()
			.map((group) -> group.toDetails(names.get(group.facilitatorId()), names.get(group.coFacilitatorId())))
			.sorted(Comparator.comparing(GroupDetails::weekday).thenComparing(GroupDetails::startsAt))
			.toList();
	}

	/** Staff who can be chosen as facilitators. */
	@PreAuthorize("hasAuthority('GROUP_WRITE')")
	public List<StaffSummary> facilitatorChoices() {
		return this.staff.list().stream().filter(StaffSummary::active).toList();
	}

	/**
	 * Sets up a group.
	 * @throws GroupRuleViolation when a 501.90(d) rule refuses the set-up
	 */
	@PreAuthorize("hasAuthority('GROUP_WRITE')")
	@Transactional
	public UUID create(@Valid GroupCommand group) {
		List<Refusal> refusals = new java.util.ArrayList<>(
				GroupRules.checkSetUp(group.capacity(), group.facilitatorId(), group.coFacilitatorId()));
		if (refusals.isEmpty()) {
			refusals.addAll(GroupRules.checkFacilitators(facilitator(group.facilitatorId()),
					facilitator(group.coFacilitatorId()), group.hasFacilitatorException(), LocalDate.now(this.clock)));
		}
		if (!refusals.isEmpty()) {
			throw new GroupRuleViolation(refusals);
		}
		ProgramGroup created = ProgramGroup.create(CurrentActor.require().agencyId().value(), group);
		boolean newLocation = this.groups.findAll()
			.stream()
			.noneMatch((other) -> other.location().equalsIgnoreCase(created.location()));
		this.groups.save(created);
		// GRP-1: the group starts with the standard plan from its first weekday on, which
		// the director edits.
		this.curricula.save(CurriculumPlan.standard(created.id(), created.agencyId(), CurriculumRules
			.firstSessionOnOrAfter(created.weekday(), LocalDate.now(this.clock.withZone(ProgramZone.ZONE)))));
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, created.id().toString(), null);
		this.events.publishEvent(new GroupSetUp(created.id(), created.name(), created.weekday(), created.startsAt(),
				group.durationMinutes(), created.location(), newLocation, LocalDate.now(this.clock)));
		return created.id();
	}

	/** One group with its schedule and facilitators. */
	@PreAuthorize("hasAuthority('GROUP_READ')")
	@Transactional(readOnly = true)
	public GroupDetails get(UUID groupId) {
		ProgramGroup group = load(groupId);
		Map<UUID, String> names = staffNames();
		return group.toDetails(names.get(group.facilitatorId()), names.get(group.coFacilitatorId()));
	}

	/** The participants currently in a group, by name. */
	@PreAuthorize("hasAuthority('GROUP_READ') and hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public List<GroupMember> members(UUID groupId) {
		List<OpenMembership> memberships = openMemberships(groupId);
		Map<ParticipantId, ParticipantDetails> people = this.participants
			.getAll(memberships.stream().map(OpenMembership::participantId).toList())
			.stream()
			.collect(Collectors.toMap(ParticipantDetails::id, (participant) -> participant));
		return memberships.stream().map((membership) -> {
			ParticipantDetails participant = people.get(membership.participantId());
			return new GroupMember(membership.participantId(), participant.firstName() + " " + participant.lastName(),
					membership.joinedOn());
		}).sorted(Comparator.comparing(GroupMember::name)).toList();
	}

	/**
	 * Every group's roster by count and whether its members are of one gender that fits
	 * its composition (501.90(d)(3), (d)(4)), for the self-check and desk review.
	 */
	@PreAuthorize("hasAuthority('GROUP_READ') and hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public List<GroupRoster> rosters() {
		List<GroupRoster> rosters = new java.util.ArrayList<>();
		for (ProgramGroup group : this.groups.findAll()) {
			List<ParticipantDetails> people = this.participants
				.getAll(openMemberships(group.id()).stream().map(OpenMembership::participantId).toList());
			boolean mixed = people.stream().map(ParticipantDetails::gender).distinct().count() > 1
					|| people.stream().anyMatch((person) -> switch (group.composition()) {
						case MALE -> person.gender() != Gender.MALE;
						case FEMALE -> person.gender() != Gender.FEMALE;
						case SAME_SEX -> false;
					});
			rosters.add(new GroupRoster(group.id(), group.name(), group.purpose(), group.composition(),
					group.capacity(), people.size(), group.facilitatorId(), group.coFacilitatorId(), mixed));
		}
		rosters.sort(Comparator.comparing(GroupRoster::name));
		return rosters;
	}

	/** Eligible or enrolled participants who are in no group yet. */
	@PreAuthorize("hasAuthority('GROUP_ASSIGN')")
	@Transactional
	public List<ParticipantDetails> placementCandidates() {
		return candidatesAt(List.of(ProgramStage.ELIGIBLE, ProgramStage.ENROLLED));
	}

	/**
	 * Participants in no group yet who may join this group: eligible or enrolled ones for
	 * a program group, those who completed the program for a follow-up group (501.240).
	 */
	@PreAuthorize("hasAuthority('GROUP_ASSIGN')")
	@Transactional
	public List<ParticipantDetails> placementCandidates(UUID groupId) {
		return candidatesAt((load(groupId).purpose() == GroupPurpose.FOLLOW_UP) ? List.of(ProgramStage.COMPLETED)
				: List.of(ProgramStage.ELIGIBLE, ProgramStage.ENROLLED));
	}

	private List<ParticipantDetails> candidatesAt(List<ProgramStage> stages) {
		List<UUID> placed = this.jdbc.sql("select participant_id from group_membership where left_on is null")
			.query(UUID.class)
			.list();
		return stages.stream()
			.flatMap((stage) -> this.participants.list(stage).stream())
			.filter((participant) -> !placed.contains(participant.id().value()))
			.sorted(Comparator.comparing(ParticipantDetails::lastName))
			.toList();
	}

	/**
	 * Places a participant in a group after checking capacity and composition. The group
	 * row is locked first, so two people adding the fifteenth and sixteenth member at the
	 * same time cannot both succeed.
	 * @throws GroupRuleViolation when a rule refuses the placement
	 */
	@PreAuthorize("hasAuthority('GROUP_ASSIGN')")
	@Transactional
	public void addMember(UUID groupId, ParticipantId participantId) {
		this.jdbc.sql("select id from program_group where id = ? for update")
			.param(groupId)
			.query(UUID.class)
			.optional();
		ProgramGroup group = load(groupId);
		ParticipantDetails joining = this.participants.get(participantId);
		List<Refusal> refusals = new java.util.ArrayList<>();
		if (group.purpose() == GroupPurpose.FOLLOW_UP) {
			// 501.240: follow-up groups are for those who completed their contract.
			if (joining.stage() != ProgramStage.COMPLETED) {
				refusals.add(new Refusal("participantId", "group.rule.followUpNotCompleted", "501.240"));
			}
		}
		else if (joining.stage() != ProgramStage.ELIGIBLE && joining.stage() != ProgramStage.ENROLLED) {
			refusals.add(new Refusal("participantId", "group.rule.notEligible", "501.125"));
		}
		if (this.jdbc.sql("select count(*) from group_membership where participant_id = ? and left_on is null")
			.param(participantId.value())
			.query(Long.class)
			.single() > 0) {
			refusals.add(new Refusal("participantId", "group.rule.alreadyPlaced", "501.90(d)"));
		}
		List<GroupRules.Member> members = this.participants
			.getAll(openMemberships(groupId).stream().map(OpenMembership::participantId).toList())
			.stream()
			.map((member) -> new GroupRules.Member(member.gender(), member.sameSexRelationship()))
			.toList();
		refusals.addAll(GroupRules.checkEnrolment(group.composition(), group.capacity(), members,
				new GroupRules.Member(joining.gender(), joining.sameSexRelationship())));
		if (!refusals.isEmpty()) {
			throw new GroupRuleViolation(refusals);
		}
		UUID membershipId = UUID.randomUUID();
		this.jdbc.sql("""
				insert into group_membership (id, agency_id, group_id, participant_id, joined_on)
				values (?, ?, ?, ?, ?)""")
			.params(membershipId, CurrentActor.require().agencyId().value(), groupId, participantId.value(),
					LocalDate.now(this.clock))
			.update();
		this.audit.record(AuditAction.CREATE, "group-membership", membershipId.toString(),
				"group=" + groupId + ", participant=" + participantId);
	}

	private GroupRules.Facilitator facilitator(UUID staffId) {
		FacilitatorStanding standing = this.staff.facilitatorStanding(new StaffId(staffId));
		return new GroupRules.Facilitator(standing.formerPerpetrator(), standing.abuseFreeSince(),
				standing.abuseFreeVerifiedOn(), !standing.overdue().isEmpty());
	}

	/**
	 * Facilitators of the agency's groups whose training or observation is overdue today.
	 */
	@PreAuthorize("hasAuthority('GROUP_READ')")
	@Transactional(readOnly = true)
	public java.util.Set<UUID> overdueFacilitators() {
		return this.groups.findAll()
			.stream()
			.flatMap((group) -> java.util.stream.Stream.of(group.facilitatorId(), group.coFacilitatorId()))
			.distinct()
			.filter((id) -> !this.staff.facilitatorStanding(new StaffId(id)).overdue().isEmpty())
			.collect(Collectors.toSet());
	}

	/**
	 * Every group's sessions in a month, by day and time, each with its topic (GRP-1).
	 * Sessions before a group's first session are not listed.
	 */
	@PreAuthorize("hasAuthority('GROUP_READ')")
	@Transactional(readOnly = true)
	public List<ScheduledSession> sessionsIn(YearMonth month) {
		Map<UUID, String> names = staffNames();
		java.util.Set<UUID> overdue = overdueFacilitators();
		Map<UUID, CurriculumPlan> plans = this.curricula.findAll()
			.stream()
			.collect(Collectors.toMap(CurriculumPlan::groupId, (plan) -> plan));
		List<ScheduledSession> sessions = new java.util.ArrayList<>();
		for (ProgramGroup group : this.groups.findAll()) {
			CurriculumPlan plan = plans.containsKey(group.id()) ? plans.get(group.id()) : this.curricula.planOf(group);
			for (LocalDate day = CurriculumRules.firstSessionOnOrAfter(group.weekday(), month.atDay(1)); !day
				.isAfter(month.atEndOfMonth()); day = day.plusWeeks(1)) {
				LocalDate sessionDay = day;
				plan.topicOn(day)
					.ifPresent((topic) -> sessions.add(new ScheduledSession(sessionDay, group.id(), group.name(),
							group.purpose(), group.startsAt(), group.durationMinutes(), group.location(),
							names.get(group.facilitatorId()), overdue.contains(group.facilitatorId()),
							names.get(group.coFacilitatorId()), overdue.contains(group.coFacilitatorId()), topic)));
			}
		}
		sessions.sort(Comparator.comparing(ScheduledSession::day)
			.thenComparing(ScheduledSession::startsAt)
			.thenComparing(ScheduledSession::groupName));
		return sessions;
	}

	private List<OpenMembership> openMemberships(UUID groupId) {
		return this.jdbc
			.sql("select participant_id, joined_on from group_membership where group_id = ? and left_on is null")
			.param(groupId)
			.query((rs, row) -> new OpenMembership(new ParticipantId(rs.getObject(1, UUID.class)),
					rs.getObject(2, LocalDate.class)))
			.list();
	}

	private record OpenMembership(ParticipantId participantId, LocalDate joinedOn) {
	}

	private Map<UUID, String> staffNames() {
		return this.staff.names()
			.entrySet()
			.stream()
			.collect(Collectors.toMap((entry) -> entry.getKey().value(), Map.Entry::getValue, (a, b) -> a));
	}

	private ProgramGroup load(UUID groupId) {
		return this.groups.findById(groupId).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, groupId));
	}

}
