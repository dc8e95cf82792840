package org.paipmanager.statistics;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/**
 * A re-arrest during the program (501.170(g)): the date and the category of offence, no
 * free text, so nothing a victim said can be written here.
 */
public record RearrestCommand(@NotNull LocalDate arrestedOn, @NotNull OffenceCategory offenceCategory) {

	/** An empty form. */
	public static RearrestCommand blank() {
		return new RearrestCommand(null, null);
	}

}
