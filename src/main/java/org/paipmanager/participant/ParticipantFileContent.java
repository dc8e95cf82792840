package org.paipmanager.participant;

import java.util.List;
import java.util.Map;

/**
 * A section of the participant file: the Thymeleaf template whose
 * {@code section(content)} fragment renders it, the values the fragment reads from
 * {@code content}, and the items of the 501.115(b)(11) checklist it answers.
 *
 * @param template template name, such as {@code "intake/file-section"}; a fragment named
 * {@code section(content)} in it renders this content
 * @param model values for the fragment, read as {@code content.model['name']}
 * @param checklist the 501.115(b)(11) items this section holds
 */
public record ParticipantFileContent(String template, Map<String, Object> model, List<FileChecklistItem> checklist) {

	public ParticipantFileContent {
		model = Map.copyOf(model);
		checklist = List.copyOf(checklist);
	}

}
