package org.paipmanager.group.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import org.paipmanager.group.CurriculumComponent;

/**
 * The rules a group's curriculum plan meets (GRP-1), and which topic a session takes.
 * Every topic serves at least one component of 501.90(b)(4), and the plan as a whole
 * covers all seven, (A) to (G). Pure: no Spring.
 */
public final class CurriculumRules {

	/** The rule the components come from. */
	public static final String COMPONENTS_SECTION = "501.90(b)(4)";

	/** A year of weekly sessions: a longer plan is a mistake, not a plan. */
	public static final int MAXIMUM_TOPICS = 52;

	private CurriculumRules() {
	}

	/**
	 * A refusal of the plan, for a field ({@code topics} for the whole plan,
	 * {@code topics[n].components} for one topic), with the message arguments.
	 */
	public record Refusal(String field, String messageKey, List<String> arguments) {

		public Refusal {
			arguments = List.copyOf(arguments);
		}

	}

	/**
	 * Checks a plan given the components of each of its topics, in order.
	 * @return nothing when the plan may be saved
	 */
	public static List<Refusal> check(List<? extends Collection<CurriculumComponent>> topics) {
		List<Refusal> refusals = new ArrayList<>();
		if (topics.isEmpty()) {
			refusals.add(new Refusal("topics", "curriculum.rule.noTopics", List.of(COMPONENTS_SECTION)));
			return refusals;
		}
		if (topics.size() > MAXIMUM_TOPICS) {
			refusals.add(new Refusal("topics", "curriculum.rule.tooMany", List.of(String.valueOf(MAXIMUM_TOPICS))));
		}
		for (int i = 0; i < topics.size(); i++) {
			if (topics.get(i).isEmpty()) {
				refusals.add(new Refusal("topics[" + i + "].components", "curriculum.rule.topicNeedsComponent",
						List.of(COMPONENTS_SECTION)));
			}
		}
		Set<CurriculumComponent> missing = missingComponents(topics);
		if (!missing.isEmpty()) {
			refusals.add(new Refusal("topics", "curriculum.rule.missingComponents",
					List.of(missing.stream().map(CurriculumComponent::name).collect(Collectors.joining(", ")),
							COMPONENTS_SECTION)));
		}
		return refusals;
	}

	/** The components of 501.90(b)(4) that no topic of the plan serves, in order. */
	public static Set<CurriculumComponent> missingComponents(List<? extends Collection<CurriculumComponent>> topics) {
		Set<CurriculumComponent> missing = EnumSet.allOf(CurriculumComponent.class);
		topics.forEach(missing::removeAll);
		return missing;
	}

	/** The first session on the group's weekday on or after a day. */
	public static LocalDate firstSessionOnOrAfter(DayOfWeek weekday, LocalDate day) {
		return day.with(TemporalAdjusters.nextOrSame(weekday));
	}

	/**
	 * Which scheduled session a day is, counting the first session as 1; a make-up on
	 * another day of the week is counted with the week it falls in.
	 * @return empty before the first session
	 */
	public static OptionalInt sessionNumber(LocalDate firstSession, LocalDate day) {
		long days = ChronoUnit.DAYS.between(firstSession, day);
		return (days < 0) ? OptionalInt.empty() : OptionalInt.of(Math.toIntExact(days / 7 + 1));
	}

	/**
	 * The topic of the Nth session in an open-ended group that rotates through its plan:
	 * ((N - 1) mod plan size) + 1.
	 */
	public static int topicNumber(int sessionNumber, int planSize) {
		if (sessionNumber < 1 || planSize < 1) {
			throw new IllegalArgumentException("Sessions and topics are counted from 1");
		}
		return (sessionNumber - 1) % planSize + 1;
	}

}
