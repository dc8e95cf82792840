package org.paipmanager.consent;

/**
 * A record the confidentiality rules refuse: the field at fault, the message that
 * explains why, and the rule section behind it. Nothing was saved.
 */
public class ConsentRefusal extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final String section;

	public ConsentRefusal(String field, String messageKey, String section) {
		super(messageKey + " (" + section + ")");
		this.field = field;
		this.messageKey = messageKey;
		this.section = section;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public String section() {
		return this.section;
	}

}
