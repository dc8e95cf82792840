package org.paipmanager.participant;

/**
 * Gender as it decides group placement: groups are separate for men and women
 * (501.90(d)(3)).
 */
public enum Gender {

	MALE, FEMALE, ANOTHER_GENDER

}
