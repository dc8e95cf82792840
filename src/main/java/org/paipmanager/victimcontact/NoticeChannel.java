package org.paipmanager.victimcontact;

/** How the victim was informed: 501.190(c)(1) to (3). */
public enum NoticeChannel {

	ORIENTATION("501.190(c)(1)"), TELEPHONE("501.190(c)(2)"), MAIL("501.190(c)(3)");

	private final String section;

	NoticeChannel(String section) {
		this.section = section;
	}

	public String section() {
		return this.section;
	}

}
