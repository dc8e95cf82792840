package org.paipmanager.intake.domain;

import java.util.List;

/**
 * A step of the screening: one paragraph of 501.115(b).
 *
 * @param number 1-10, the paragraph number
 * @param section the paragraph cited
 * @param clinical whether only roles allowed to see mental-health and substance-use
 * screens may see and answer it
 * @param fields its questions, in order
 */
public record ScreeningStep(int number, String section, boolean clinical, List<ScreeningField> fields) {

	public ScreeningStep {
		fields = List.copyOf(fields);
	}

	public String titleKey() {
		return "screening.step." + this.number;
	}

	public String introKey() {
		return "screening.step." + this.number + ".intro";
	}

}
