package org.paipmanager.intake.domain;

import java.util.List;

/**
 * One question of the intake screening (501.115(b)(1)-(10)).
 *
 * @param code stable name, used as the stored key and in message keys
 * {@code screening.field.<code>}
 * @param step the screening step (1-10) that asks it, one per paragraph of 501.115(b)
 * @param section the rule text that requires it
 * @param type how it is answered
 * @param options the codes a {@link Type#CHOICE} may take, message keys
 * {@code screening.option.<option>}
 * @param required whether the screening is incomplete without it
 */
public record ScreeningField(String code, int step, String section, Type type, List<String> options, boolean required) {

	public ScreeningField {
		options = List.copyOf(options);
	}

	/** How a question is answered. */
	public enum Type {

		DATE, TEXT, LONG_TEXT, COUNT, CHOICE

	}

	public String labelKey() {
		return "screening.field." + this.code;
	}

	public String helpKey() {
		return "screening.help." + this.code;
	}

}
