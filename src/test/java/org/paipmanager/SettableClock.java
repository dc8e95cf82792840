package org.paipmanager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application clock for deadline tests: the system clock, moved whole days by the
 * test. Test classes that {@code @Import(SettableClock.Configuration.class)} share one
 * Spring context.
 */
public final class SettableClock extends Clock {

	private final ZoneId zone;

	private final SettableClock base;

	private volatile Duration offset = Duration.ZERO;

	SettableClock() {
		this(ZoneOffset.UTC, null);
	}

	private SettableClock(ZoneId zone, SettableClock base) {
		this.zone = zone;
		this.base = base;
	}

	/** From now on, today is {@code day}, at the current time of day. */
	public void moveTo(LocalDate day) {
		this.offset = Duration.ofDays(day.toEpochDay() - LocalDate.now(ZoneOffset.UTC).toEpochDay());
	}

	/** Moves the clock forward by {@code duration} from where it stands. */
	public void advance(Duration duration) {
		this.offset = this.offset.plus(duration);
	}

	public void reset() {
		this.offset = Duration.ZERO;
	}

	@Override
	public Instant instant() {
		return (this.base != null) ? this.base.instant() : Instant.now().plus(this.offset);
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new SettableClock(zone, (this.base != null) ? this.base : this);
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		SettableClock settableClock() {
			return new SettableClock();
		}

	}

}
