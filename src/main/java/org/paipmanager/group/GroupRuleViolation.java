package org.paipmanager.group;

import java.util.List;

import org.paipmanager.group.domain.GroupRules.Refusal;

/**
 * A group set-up that the rule refuses; each refusal names the field and the section.
 */
public class GroupRuleViolation extends RuntimeException {

	private final transient List<Refusal> refusals;

	GroupRuleViolation(List<Refusal> refusals) {
		super("Group set-up refused: " + refusals);
		this.refusals = List.copyOf(refusals);
	}

	public List<Refusal> refusals() {
		return this.refusals;
	}

}
