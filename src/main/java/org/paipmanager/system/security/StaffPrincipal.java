package org.paipmanager.system.security;

import java.io.Serializable;
import java.util.UUID;

import org.paipmanager.shared.Actor;
import org.paipmanager.shared.ActorPrincipal;

/**
 * The signed-in user, kept in the (database-backed) session.
 */
record StaffPrincipal(UUID accountId, Actor actor, String displayName) implements ActorPrincipal, Serializable {

	@Override
	public String toString() {
		return this.actor.username();
	}

}
