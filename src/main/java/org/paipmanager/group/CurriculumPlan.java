package org.paipmanager.group;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.paipmanager.group.domain.CurriculumRules;
import org.paipmanager.group.domain.StandardCurriculum;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A group's curriculum plan (GRP-1): its topics in order, and the day of the first
 * session, which takes topic 1.
 */
@Table("group_curriculum")
class CurriculumPlan {

	/**
	 * Groups set up before plans existed rotate through the standard plan from their
	 * first weekday of 2026 until the director saves a plan for them.
	 */
	static final LocalDate EARLIEST_FIRST_SESSION = LocalDate.of(2026, 1, 1);

	@Id
	private final UUID groupId;

	private final UUID agencyId;

	private LocalDate startsOn;

	@Version
	private Long version;

	@MappedCollection(idColumn = "group_id", keyColumn = "position")
	private final List<Topic> topics;

	CurriculumPlan(UUID groupId, UUID agencyId, LocalDate startsOn, Long version, List<Topic> topics) {
		this.groupId = groupId;
		this.agencyId = agencyId;
		this.startsOn = startsOn;
		this.version = version;
		this.topics = new ArrayList<>(topics);
	}

	/** The standard plan of 24 topics, for a new group. */
	static CurriculumPlan standard(UUID groupId, UUID agencyId, LocalDate startsOn) {
		return new CurriculumPlan(groupId, agencyId, startsOn, null,
				StandardCurriculum.topics()
					.stream()
					.map((topic) -> Topic.of(agencyId, topic.title(), topic.description(), topic.homework(),
							topic.components(), topic.attitudes()))
					.toList());
	}

	/** Replaces the plan; the caller has checked it against {@link CurriculumRules}. */
	void replace(LocalDate firstSession, List<Topic> replacement) {
		this.startsOn = firstSession;
		this.topics.clear();
		this.topics.addAll(replacement);
	}

	/** The topic of the session on a day; empty before the first session. */
	Optional<SessionTopic> topicOn(LocalDate day) {
		return toDetails().topicOn(day);
	}

	CurriculumDetails toDetails() {
		List<TopicDetails> details = new ArrayList<>();
		for (int i = 0; i < this.topics.size(); i++) {
			details.add(this.topics.get(i).toDetails(i + 1));
		}
		return new CurriculumDetails(this.groupId, this.startsOn, this.version, details);
	}

	UUID groupId() {
		return this.groupId;
	}

	UUID agencyId() {
		return this.agencyId;
	}

	Long version() {
		return this.version;
	}

	/** One topic of the plan; components and attitudes are stored by name. */
	@Table("group_curriculum_topic")
	static final class Topic {

		private final UUID agencyId;

		private final String title;

		private final String description;

		private final String homework;

		private final String[] components;

		private final String[] attitudes;

		Topic(UUID agencyId, String title, String description, String homework, String[] components,
				String[] attitudes) {
			this.agencyId = agencyId;
			this.title = title;
			this.description = description;
			this.homework = homework;
			this.components = components.clone();
			this.attitudes = attitudes.clone();
		}

		static Topic of(UUID agencyId, String title, String description, String homework,
				Collection<CurriculumComponent> components, Collection<AppendixAttitude> attitudes) {
			return new Topic(agencyId, title, description, homework, names(components), names(attitudes));
		}

		TopicDetails toDetails(int number) {
			return new TopicDetails(number, this.title, this.description, this.homework,
					Arrays.stream(this.components).map(CurriculumComponent::valueOf).sorted().toList(),
					Arrays.stream(this.attitudes).map(AppendixAttitude::valueOf).sorted().toList());
		}

		UUID agencyId() {
			return this.agencyId;
		}

		private static String[] names(Collection<? extends Enum<?>> values) {
			return Set.copyOf(values).stream().sorted().map(Enum::name).toArray(String[]::new);
		}

	}

}
