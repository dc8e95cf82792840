package org.paipmanager.group;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.group.domain.GroupRules;
import org.paipmanager.group.domain.GroupRules.Refusal;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.staff.StaffManagement;
import org.paipmanager.staff.StaffSummary;

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

	GroupManagement(ProgramGroups groups, StaffManagement staff, AuditLog audit) {
		this.groups = groups;
		this.staff = staff;
		this.audit = audit;
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
		List<Refusal> refusals = GroupRules.checkSetUp(group.capacity(), group.facilitatorId(),
				group.coFacilitatorId());
		if (!refusals.isEmpty()) {
			throw new GroupRuleViolation(refusals);
		}
		ProgramGroup created = ProgramGroup.create(CurrentActor.require().agencyId().value(), group);
		this.groups.save(created);
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, created.id().toString(), null);
		return created.id();
	}

	private Map<UUID, String> staffNames() {
		return this.staff.list()
			.stream()
			.collect(Collectors.toMap((member) -> member.id().value(),
					(member) -> member.firstName() + " " + member.lastName(), (a, b) -> a));
	}

}
