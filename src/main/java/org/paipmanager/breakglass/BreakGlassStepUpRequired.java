package org.paipmanager.breakglass;

import org.springframework.security.access.AccessDeniedException;

/** Emergency access is asked for only within minutes of a step-up re-authentication. */
public class BreakGlassStepUpRequired extends AccessDeniedException {

	BreakGlassStepUpRequired() {
		super("Step-up re-authentication required for emergency access");
	}

}
