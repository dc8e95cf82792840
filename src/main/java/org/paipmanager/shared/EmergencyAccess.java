package org.paipmanager.shared;

import java.util.Optional;
import java.util.UUID;

/**
 * Break-glass access (ADR 0023): whether the current actor holds an open, time-boxed
 * emergency grant to a participant's clinical screening. Only the participant side asks;
 * the victim compartment never does, so no grant can open it (victim safety first).
 */
public interface EmergencyAccess {

	/**
	 * The id of the current actor's grant for the participant's clinical screening that
	 * is open now, if any.
	 */
	Optional<UUID> openGrant(ParticipantId participant);

}
