package org.paipmanager.victimcontact;

/**
 * Where a service-planning meeting takes place: at a place, or by telephone or video
 * call.
 */
public enum MeetingFormat {

	IN_PERSON, TELEPHONE, VIDEO_CALL

}
