package org.paipmanager.group;

/**
 * What a group is for: the program itself (501.90), or follow-up for people who completed
 * their contract (501.240). Follow-up attendance does not count toward the 24 sessions
 * and 36 hours of 501.90(a).
 */
public enum GroupPurpose {

	PROGRAM, FOLLOW_UP

}
