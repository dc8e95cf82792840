package org.paipmanager.victimcontact;

/**
 * Why a service-planning meeting was called (seed 004, step 1): the agency
 * representative's own assessment or the victim/survivor's request.
 */
public enum MeetingTrigger {

	REPRESENTATIVE_ASSESSMENT, VICTIM_REQUEST

}
