package org.paipmanager.group;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A group's curriculum plan as the director saves it (GRP-1): topics in order.
 *
 * @param startsOn the day of the first session, which takes topic 1
 * @param version the plan's version when it was read; null for a plan never saved
 */
public record CurriculumCommand(@NotNull(message = "{validation.required}") LocalDate startsOn, Long version,
		@Valid List<TopicLine> topics) {

	public CurriculumCommand {
		topics = (topics != null) ? List.copyOf(topics) : List.of();
	}

	/** One topic: a title, and the components and attitudes it serves. */
	public record TopicLine(
			@NotBlank(message = "{validation.required}") @Size(max = 200,
					message = "{validation.tooLong}") String title,
			@Size(max = 1000, message = "{validation.tooLong}") String description,
			@Size(max = 1000, message = "{validation.tooLong}") String homework,
			Collection<CurriculumComponent> components, Collection<AppendixAttitude> attitudes) {

		public TopicLine {
			components = (components != null) ? Set.copyOf(components) : Set.of();
			attitudes = (attitudes != null) ? Set.copyOf(attitudes) : Set.of();
		}

		public static TopicLine blank() {
			return new TopicLine("", null, null, null, null);
		}

	}

}
