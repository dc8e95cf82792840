package org.paipmanager.shared;

import java.time.ZoneId;

/**
 * Illinois time. Every date the program keeps (deadlines, session days, consent expiry,
 * retention) is a calendar day in Illinois, whatever zone the server runs in.
 */
public final class ProgramZone {

	/** The zone's name, for annotations ({@code @Scheduled(zone = ...)}) and SQL. */
	public static final String NAME = "America/Chicago";

	public static final ZoneId ZONE = ZoneId.of(NAME);

	private ProgramZone() {
	}

}
