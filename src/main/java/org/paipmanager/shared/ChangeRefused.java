package org.paipmanager.shared;

import java.util.Map;

import org.springframework.validation.Errors;

/**
 * A change a module's rules refuse, with a message key for each field that is wrong, or
 * for the whole record under {@code "*"}. Nothing was saved. Pages show the messages
 * beside their fields; the API answers them as problem+json.
 */
public abstract class ChangeRefused extends RuntimeException {

	private final transient Map<String, String> problems;

	private final String summary;

	/**
	 * @param summary one sentence for API clients saying what was not changed
	 * @param problems message keys by field
	 */
	protected ChangeRefused(String summary, Map<String, String> problems) {
		super(summary + " " + problems);
		this.summary = summary;
		this.problems = Map.copyOf(problems);
	}

	/** Message keys by field; {@code "*"} for the record as a whole. */
	public Map<String, String> problems() {
		return this.problems;
	}

	public String summary() {
		return this.summary;
	}

	/**
	 * Puts each problem on the form: on its field, or on the form as a whole for
	 * {@code "*"}.
	 */
	public void rejectOn(Errors errors) {
		this.problems.forEach((field, key) -> {
			if ("*".equals(field)) {
				errors.reject(key);
			}
			else {
				errors.rejectValue(field, key);
			}
		});
	}

}
