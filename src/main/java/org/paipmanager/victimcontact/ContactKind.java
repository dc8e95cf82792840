package org.paipmanager.victimcontact;

/**
 * How a contact with the victim happened, including documents the participant carried in
 * (501.190(d): those stay here too, never in the participant's file).
 */
public enum ContactKind {

	PHONE_CALL, IN_PERSON, ORIENTATION, LETTER, EMAIL, DOCUMENT_FROM_PARTICIPANT, OTHER

}
