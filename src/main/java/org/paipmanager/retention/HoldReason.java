package org.paipmanager.retention;

/**
 * Why the director holds records back from destruction (501.200(a)).
 */
public enum HoldReason {

	DEPARTMENT_REVIEW, LITIGATION, AUDIT, OTHER

}
