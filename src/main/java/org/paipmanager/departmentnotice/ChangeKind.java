package org.paipmanager.departmentnotice;

/**
 * The program and staff changes of 501.70(a)(2) the app records.
 */
public enum ChangeKind {

	STAFF_HIRED, STAFF_LEFT, DIRECTOR_LEFT, GROUP_ADDED, CURRICULUM_CHANGED

}
