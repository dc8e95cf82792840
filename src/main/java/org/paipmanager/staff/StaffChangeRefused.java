package org.paipmanager.staff;

import java.util.Map;

import org.paipmanager.shared.ChangeRefused;

/**
 * A change to a personnel record, or a dashboard request, that the staff rules refuse;
 * nothing was saved.
 */
public class StaffChangeRefused extends ChangeRefused {

	StaffChangeRefused(String field, String messageKey) {
		this(Map.of(field, messageKey));
	}

	StaffChangeRefused(Map<String, String> problems) {
		super("The staff record was not changed.", problems);
	}

}
