package org.paipmanager.bench;

import java.util.Locale;

/**
 * How big the synthetic statewide data set is. Participants are exact; groups are sized
 * so that attendance comes to about 26 rows per participant (26M at full scale).
 *
 * @param name the name used on the command line and in result files
 * @param agencies how many PAIP agencies (sizes skewed: a few large urban ones, many
 * small)
 * @param participants how many participants in all, at every stage
 */
record Scale(String name, int agencies, int participants) {

	/** Calibrated on a generated set: participants with a group history per group. */
	static final double PARTICIPANTS_PER_GROUP = 63.0;

	/**
	 * The share of participants who have been placed in a group; the rest are pre-group.
	 */
	static final double PLACED_SHARE = 0.95;

	static Scale named(String name) {
		return switch (name.toLowerCase(Locale.ROOT)) {
			case "tiny" -> new Scale("tiny", 3, 3_000);
			case "small" -> new Scale("small", 8, 40_000);
			case "medium" -> new Scale("medium", 40, 250_000);
			case "full" -> new Scale("full", 100, 1_000_000);
			default -> throw new IllegalArgumentException("Unknown scale " + name + ": tiny, small, medium or full");
		};
	}

	int groups() {
		return Math.max(2 * this.agencies, (int) Math.round(this.participants * PLACED_SHARE / PARTICIPANTS_PER_GROUP));
	}

}
