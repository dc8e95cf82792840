package org.paipmanager.group;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.group.domain.CurriculumRules;
import org.paipmanager.group.domain.CurriculumRules.Refusal;
import org.paipmanager.shared.RecordNotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Groups' curriculum plans (GRP-1, 501.90(b), Appendix A): the topics a group rotates
 * through, one per weekly session. A plan is saved only when every topic serves a
 * component of 501.90(b)(4) and the plan covers all seven; a stale save is refused.
 */
@Service
@Validated
public class PlanningCurriculum {

	static final String RECORD_TYPE = "group-curriculum";

	private final Curricula curricula;

	private final ProgramGroups groups;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PlanningCurriculum(Curricula curricula, ProgramGroups groups, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.events = events;
		this.clock = clock;
		this.curricula = curricula;
		this.groups = groups;
		this.audit = audit;
	}

	/** A group's plan: the one saved, or the standard plan until one is. */
	@PreAuthorize("hasAuthority('GROUP_READ')")
	@Transactional(readOnly = true)
	public CurriculumDetails plan(UUID groupId) {
		return this.curricula.planOf(load(groupId)).toDetails();
	}

	/** A group's plan as the director edits it. */
	@PreAuthorize("hasAuthority('GROUP_WRITE')")
	@Transactional(readOnly = true)
	public CurriculumCommand planForEditing(UUID groupId) {
		return this.curricula.planOf(load(groupId)).toDetails().toCommand();
	}

	/**
	 * The topic of a group's session on a day; empty before the group's first session.
	 */
	@PreAuthorize("hasAuthority('GROUP_READ')")
	@Transactional(readOnly = true)
	public Optional<SessionTopic> topicOn(UUID groupId, LocalDate day) {
		return this.curricula.planOf(load(groupId)).topicOn(day);
	}

	/**
	 * Saves a group's plan in place of the one read.
	 * @throws CurriculumRefused when a topic serves no component of 501.90(b)(4), the
	 * plan misses one, or the first session is not on the group's weekday; nothing is
	 * saved
	 * @throws OptimisticLockingFailureException when someone saved the plan after it was
	 * read
	 */
	@PreAuthorize("hasAuthority('GROUP_WRITE')")
	@Transactional
	public void update(UUID groupId, @Valid CurriculumCommand command) {
		ProgramGroup group = load(groupId);
		List<Refusal> refusals = new ArrayList<>(
				CurriculumRules.check(command.topics().stream().map(CurriculumCommand.TopicLine::components).toList()));
		if (command.startsOn().getDayOfWeek() != group.weekday()) {
			refusals.add(new Refusal("startsOn", "curriculum.rule.startsOnWeekday", List.of()));
		}
		if (!refusals.isEmpty()) {
			throw new CurriculumRefused(refusals);
		}
		CurriculumPlan plan = this.curricula.planOf(group);
		if (plan.version() != null ? !plan.version().equals(command.version()) : command.version() != null) {
			throw new OptimisticLockingFailureException(
					"Curriculum of group " + groupId + " was saved by someone else");
		}
		boolean first = plan.version() == null;
		plan.replace(command.startsOn(), command.topics()
			.stream()
			.map((line) -> CurriculumPlan.Topic.of(plan.agencyId(), line.title().strip(),
					blankToNull(line.description()), blankToNull(line.homework()), line.components(), line.attitudes()))
			.toList());
		this.curricula.save(plan);
		this.audit.record(first ? AuditAction.CREATE : AuditAction.UPDATE, RECORD_TYPE, groupId.toString(),
				"topics=" + command.topics().size() + ", first session " + command.startsOn());
		this.events.publishEvent(
				new CurriculumChanged(groupId, group.name(), command.topics().size(), LocalDate.now(this.clock)));
	}

	private ProgramGroup load(UUID groupId) {
		return this.groups.findById(groupId)
			.orElseThrow(() -> new RecordNotFoundException(GroupManagement.RECORD_TYPE, groupId));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
