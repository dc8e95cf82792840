package org.paipmanager.transfer;

/**
 * Where the other program of a transfer stands (501.250).
 */
public enum ProgramJurisdiction {

	/**
	 * An Illinois protocol-approved PAIP, following the same requirements of this Part.
	 */
	ILLINOIS_PROTOCOL_APPROVED,
	/** A program outside Illinois, whose length may fall short of this Part. */
	OUT_OF_STATE

}
