package org.paipmanager.departmentnotice;

import java.util.Map;

import org.paipmanager.shared.ChangeRefused;

/** A notification could not be marked sent; nothing was saved. */
public class NotificationRefused extends ChangeRefused {

	NotificationRefused(String field, String messageKey) {
		super("The notification was not marked sent.", Map.of(field, messageKey));
	}

}
