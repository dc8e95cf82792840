package org.paipmanager.completion;

/**
 * One reason a participant cannot complete the program yet, with the rule behind it.
 *
 * @param field what is short: {@code stage}, {@code sessions}, {@code hours}, or the name
 * of a {@link CompletionCriterion}
 */
public record CompletionBlocker(String field, String messageKey, String section) {

	/** The criterion this blocker is about, or null for attendance and stage. */
	public CompletionCriterion criterion() {
		for (CompletionCriterion criterion : CompletionCriterion.values()) {
			if (criterion.name().equals(this.field)) {
				return criterion;
			}
		}
		return null;
	}

}
