package org.paipmanager.group;

/**
 * Who a group is for: groups are separate for male, female and same-sex offenders
 * (501.30(b)(7), 501.90(d)(3)).
 */
public enum GroupComposition {

	MALE, FEMALE, SAME_SEX

}
