package org.paipmanager.intake;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A screening as one role may see it: clinical answers are left out for roles that may
 * not see them.
 *
 * @param answers the visible answers by question code
 * @param incompleteSteps how many of the ten steps still lack required answers
 */
public record ScreeningView(UUID id, long version, Instant startedAt, String startedBy, Instant lastSavedAt,
		String lastSavedBy, Instant completedAt, String completedBy, Map<String, String> answers, int incompleteSteps) {

	public ScreeningView {
		answers = Map.copyOf(answers);
	}

	public boolean complete() {
		return this.completedAt != null;
	}

	public String answer(String code) {
		return this.answers.get(code);
	}

}
