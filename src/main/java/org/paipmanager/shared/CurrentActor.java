package org.paipmanager.shared;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The actor of the current thread: an explicit system scope if one is open, else the
 * signed-in principal. Row-level security and the audit log both read it.
 */
public final class CurrentActor {

	private static final ThreadLocal<Actor> SCOPED = new ThreadLocal<>();

	private CurrentActor() {
	}

	public static Optional<Actor> get() {
		Actor scoped = SCOPED.get();
		if (scoped != null) {
			return Optional.of(scoped);
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal) {
			return Optional.of(principal.actor());
		}
		return Optional.empty();
	}

	public static Actor require() {
		return get().orElseThrow(() -> new IllegalStateException("No actor: data access outside an agency scope"));
	}

	/** Runs work as the given actor, restoring the previous scope afterwards. */
	public static <T> T callAs(Actor actor, Supplier<T> work) {
		Actor previous = SCOPED.get();
		SCOPED.set(actor);
		try {
			return work.get();
		}
		finally {
			if (previous == null) {
				SCOPED.remove();
			}
			else {
				SCOPED.set(previous);
			}
		}
	}

	public static void runAs(Actor actor, Runnable work) {
		callAs(actor, () -> {
			work.run();
			return null;
		});
	}

}
