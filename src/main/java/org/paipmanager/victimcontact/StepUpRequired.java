package org.paipmanager.victimcontact;

import org.springframework.security.access.AccessDeniedException;

/**
 * The actor may open the compartment only after re-entering a current second-factor code
 * (everyone but the victim liaison). Pages send the user to the step-up page; anything
 * else answers 403.
 */
public class StepUpRequired extends AccessDeniedException {

	StepUpRequired() {
		super("Step-up re-authentication required for the victim compartment");
	}

}
