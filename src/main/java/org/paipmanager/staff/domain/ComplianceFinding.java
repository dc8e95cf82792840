package org.paipmanager.staff.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One staff-compliance check with its outcome, the rule section behind it and the values
 * that the message shows. {@code dueOn} is the deadline of the action still pending (the
 * next observation, a licence's expiry, evidence to send), the deadline missed when the
 * outcome is {@link Outcome#NOT_MET}, or null when nothing is pending. {@code item} tells
 * two findings of the same check apart (a licence, a training entry); empty otherwise.
 */
public record ComplianceFinding(Check check, Outcome outcome, String section, List<Object> arguments, LocalDate dueOn,
		String item) {

	public ComplianceFinding {
		arguments = List.copyOf(arguments);
		item = (item != null) ? item : "";
	}

	public ComplianceFinding(Check check, Outcome outcome, String section, List<Object> arguments, LocalDate dueOn) {
		this(check, outcome, section, arguments, dueOn, "");
	}

	public enum Check {

		DOMESTIC_VIOLENCE_TRAINING, ABUSER_SERVICES_TRAINING, TRAINING_PLAN, TRAINING_EVIDENCE, CONTINUING_EDUCATION,
		SUPERVISOR_QUALIFICATION, SUPERVISION_OBSERVATION, LICENCE, ABUSE_FREE_VERIFICATION

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

	/** Overdue: a requirement not met, or a deadline passed. */
	public boolean overdue() {
		return this.outcome == Outcome.NOT_MET;
	}

	/**
	 * Something is to be done by {@code dueOn}, which is today or later.
	 */
	public boolean pending() {
		return this.outcome != Outcome.NOT_MET && this.dueOn != null;
	}

	/**
	 * Identifies what the finding is about and its deadline: a reminder is sent once per
	 * key and threshold, and a new deadline (a new observation, a renewed licence) starts
	 * afresh.
	 */
	public String key() {
		return this.check.name() + "|" + this.item + "|" + ((this.dueOn != null) ? this.dueOn : "");
	}

}
