package org.paipmanager.victimcontact;

import java.util.Map;

import org.paipmanager.shared.ChangeRefused;

/**
 * A step of a service-planning meeting the procedure of seed 004 does not allow, with the
 * words of the procedure for each field. Nothing was saved.
 */
public class ServicePlanningRefused extends ChangeRefused {

	ServicePlanningRefused(String field, String messageKey) {
		super("The service-planning meeting was not changed.", Map.of(field, messageKey));
	}

	ServicePlanningRefused(Map<String, String> problems) {
		super("The service-planning meeting was not changed.", problems);
	}

}
