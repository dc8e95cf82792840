package org.paipmanager.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/**
 * The application clock while the demo is on: the system clock, except that the seeding
 * thread can run a piece of work as if it were an earlier day. The demo's records go
 * through the real module facades, which date what they record by the clock, so a
 * screening, a decision or a signing can lie weeks in the past without any backdoor into
 * another module's tables. Every other thread, and the seeding thread outside
 * {@link #on}, sees the system time.
 */
final class DemoClock extends Clock {

	private final Clock system;

	private final ThreadLocal<Duration> shift;

	DemoClock(Clock system) {
		this(system, new ThreadLocal<>());
	}

	private DemoClock(Clock system, ThreadLocal<Duration> shift) {
		this.system = system;
		this.shift = shift;
	}

	/**
	 * Runs work on this thread as if today were the given day, at the current time of
	 * day.
	 * @throws IllegalArgumentException when the day is in the future
	 */
	<T> T on(LocalDate day, Supplier<T> work) {
		long daysAgo = ChronoUnit.DAYS.between(day, LocalDate.now(this.system));
		if (daysAgo < 0) {
			throw new IllegalArgumentException("Demo records are never dated in the future: " + day);
		}
		Duration previous = this.shift.get();
		this.shift.set(Duration.ofDays(daysAgo));
		try {
			return work.get();
		}
		finally {
			if (previous != null) {
				this.shift.set(previous);
			}
			else {
				this.shift.remove();
			}
		}
	}

	@Override
	public Instant instant() {
		Duration days = this.shift.get();
		Instant now = this.system.instant();
		return (days != null) ? now.minus(days) : now;
	}

	@Override
	public ZoneId getZone() {
		return this.system.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new DemoClock(this.system.withZone(zone), this.shift);
	}

}
