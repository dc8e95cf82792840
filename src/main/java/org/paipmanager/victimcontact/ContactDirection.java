package org.paipmanager.victimcontact;

/** Who started a contact: the victim (501.190 first paragraph) or the program. */
public enum ContactDirection {

	FROM_VICTIM, TO_VICTIM, THIRD_PARTY

}
