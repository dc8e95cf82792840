package org.paipmanager.group;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Function;

import org.paipmanager.group.domain.CurriculumRules;

/**
 * A group's curriculum plan (GRP-1).
 *
 * @param startsOn the day of the first session, which takes topic 1
 * @param version null while the group uses the standard plan it has not saved
 */
public record CurriculumDetails(UUID groupId, LocalDate startsOn, Long version, List<TopicDetails> topics) {

	public CurriculumDetails {
		topics = List.copyOf(topics);
	}

	/** For each component of 501.90(b)(4), the numbers of the topics that serve it. */
	public Map<CurriculumComponent, List<Integer>> coverage() {
		return coverage(CurriculumComponent.values(), TopicDetails::components);
	}

	/** For each attitude of Appendix A, the numbers of the topics that address it. */
	public Map<AppendixAttitude, List<Integer>> attitudeCoverage() {
		return coverage(AppendixAttitude.values(), TopicDetails::attitudes);
	}

	private <T> Map<T, List<Integer>> coverage(T[] items, Function<TopicDetails, List<T>> served) {
		Map<T, List<Integer>> coverage = new LinkedHashMap<>();
		for (T item : items) {
			coverage.put(item,
					this.topics.stream()
						.filter((topic) -> served.apply(topic).contains(item))
						.map(TopicDetails::number)
						.toList());
		}
		return coverage;
	}

	/**
	 * The topic of the session on a day: session N takes topic ((N - 1) mod topics) + 1.
	 * @return empty before the first session
	 */
	public Optional<SessionTopic> topicOn(LocalDate day) {
		OptionalInt session = CurriculumRules.sessionNumber(this.startsOn, day);
		if (session.isEmpty() || this.topics.isEmpty()) {
			return Optional.empty();
		}
		int number = CurriculumRules.topicNumber(session.getAsInt(), this.topics.size());
		return Optional.of(new SessionTopic(day, session.getAsInt(), this.topics.size(), this.topics.get(number - 1)));
	}

	/** The plan as the edit form starts from it. */
	public CurriculumCommand toCommand() {
		return new CurriculumCommand(this.startsOn, this.version,
				this.topics.stream()
					.map((topic) -> new CurriculumCommand.TopicLine(topic.title(), topic.description(),
							topic.homework(), topic.components(), topic.attitudes()))
					.toList());
	}

}
