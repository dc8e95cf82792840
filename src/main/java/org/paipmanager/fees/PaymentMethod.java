package org.paipmanager.fees;

/** How a participant paid. */
public enum PaymentMethod {

	CASH, CHECK, MONEY_ORDER, CARD, OTHER

}
