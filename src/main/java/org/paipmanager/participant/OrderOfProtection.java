package org.paipmanager.participant;

/**
 * Whether an order of protection is in place; contact with the victim under one must be
 * reported (501.220(d)).
 */
public enum OrderOfProtection {

	NONE, EMERGENCY_ORDER, INTERIM_ORDER, PLENARY_ORDER, UNKNOWN

}
