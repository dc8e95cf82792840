package org.paipmanager.victimcontact;

/**
 * The situation that makes service planning worth considering (seed 004): high risk,
 * multiple and complex issues, or many agencies involved.
 */
public enum MeetingGround {

	HIGH_RISK, MULTIPLE_COMPLEX_ISSUES, MANY_AGENCIES

}
