package org.paipmanager.eligibility;

import org.paipmanager.shared.ParticipantId;

/**
 * No eligibility decision without a completed face-to-face screening (501.115(a)(2)).
 */
public class ScreeningNotComplete extends RuntimeException {

	ScreeningNotComplete(ParticipantId participant) {
		super("The screening of " + participant + " is not complete");
	}

}
