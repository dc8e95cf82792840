package org.paipmanager.group;

import java.util.List;

/**
 * One topic of a group's curriculum plan, numbered from 1, with the components of
 * 501.90(b)(4) and the Appendix A attitudes it serves.
 */
public record TopicDetails(int number, String title, String description, String homework,
		List<CurriculumComponent> components, List<AppendixAttitude> attitudes) {

	public TopicDetails {
		components = List.copyOf(components);
		attitudes = List.copyOf(attitudes);
	}

}
