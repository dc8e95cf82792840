package org.paipmanager.participant;

import java.util.UUID;

/** A referral naming an office that is not a referring office in the agency directory. */
public class UnknownReferringAgency extends RuntimeException {

	UnknownReferringAgency(UUID id) {
		super("No referring office " + id + " in the agency directory");
	}

}
