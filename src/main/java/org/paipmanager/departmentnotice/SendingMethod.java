package org.paipmanager.departmentnotice;

/** How a notification reached the Department. */
public enum SendingMethod {

	EMAIL, POSTAL_MAIL, FAX, ONLINE_PORTAL

}
