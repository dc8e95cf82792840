package org.paipmanager.group;

import java.util.List;

import org.paipmanager.group.domain.CurriculumRules.Refusal;

/**
 * A curriculum plan the rule refuses (GRP-1, 501.90(b)(4)); each refusal names the field
 * and carries its message arguments. Nothing was saved.
 */
public class CurriculumRefused extends RuntimeException {

	private final transient List<Refusal> refusals;

	CurriculumRefused(List<Refusal> refusals) {
		super("Curriculum plan refused: " + refusals);
		this.refusals = List.copyOf(refusals);
	}

	public List<Refusal> refusals() {
		return this.refusals;
	}

}
