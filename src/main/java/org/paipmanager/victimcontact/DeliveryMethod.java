package org.paipmanager.victimcontact;

/**
 * How a consent form, the written summary or a forwarded issue was sent, or how the
 * summary was reviewed with the victim.
 */
public enum DeliveryMethod {

	FAX, SECURE_EMAIL, MAIL, HAND_DELIVERY, IN_PERSON, TELEPHONE, VIDEO_CALL

}
