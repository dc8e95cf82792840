package org.paipmanager.staff.domain;

import java.util.List;

/**
 * One staff-compliance check with its outcome, the rule section behind it and the values
 * that the message shows.
 */
public record ComplianceFinding(Check check, Outcome outcome, String section, List<Object> arguments) {

	public ComplianceFinding {
		arguments = List.copyOf(arguments);
	}

	public enum Check {

		DOMESTIC_VIOLENCE_TRAINING, ABUSER_SERVICES_TRAINING, CONTINUING_EDUCATION, SUPERVISION_OBSERVATION, LICENCE,
		ABUSE_FREE_VERIFICATION

	}

	public enum Outcome {

		MET, DUE_SOON, NOT_MET

	}

	/**
	 * Message key for the finding, e.g. {@code compliance.CONTINUING_EDUCATION.NOT_MET}.
	 */
	public String messageKey() {
		return "compliance." + this.check.name() + "." + this.outcome.name();
	}

}
