package org.paipmanager.victimcontact;

/** What the program told the victim about (501.190(c)). */
public enum NoticeTopic {

	PROGRAM_NATURE, ATTENDANCE, THREAT, PROGRESS

}
