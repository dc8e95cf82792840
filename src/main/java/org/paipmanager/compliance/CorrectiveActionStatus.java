package org.paipmanager.compliance;

/**
 * Where a corrective action plan stands (501.70(b)): open, in progress, completed by the
 * program, verified as effective.
 */
public enum CorrectiveActionStatus {

	OPEN, IN_PROGRESS, COMPLETED, VERIFIED;

	/** Whether the work is still to be done, so a past due date makes it overdue. */
	public boolean pending() {
		return this == OPEN || this == IN_PROGRESS;
	}

}
