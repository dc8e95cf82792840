package org.paipmanager.victimcontact;

/**
 * How a victim or partner relates to the participant. Current partners and ex-partners
 * with an ongoing relationship are the priority for contact (501.190(b)) and come first.
 */
public enum Relationship {

	CURRENT_PARTNER(true), EX_PARTNER_ONGOING(true), EX_PARTNER(false), OTHER(false);

	private final boolean priority;

	Relationship(boolean priority) {
		this.priority = priority;
	}

	/** Whether 501.190(b) makes contact with this person the priority. */
	public boolean priority() {
		return this.priority;
	}

}
