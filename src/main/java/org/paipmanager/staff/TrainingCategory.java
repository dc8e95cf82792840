package org.paipmanager.staff;

/**
 * The kinds of training 501.290 counts separately.
 */
public enum TrainingCategory {

	/** 40 hours consistent with the Illinois Domestic Violence Act: 501.290(b). */
	DOMESTIC_VIOLENCE,
	/** 20 hours of Department-approved training in abuser services: 501.290(b). */
	ABUSER_SERVICES,
	/** At least six hours a year: 501.290(c). */
	CONTINUING_EDUCATION

}
