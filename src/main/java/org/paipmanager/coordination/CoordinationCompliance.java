package org.paipmanager.coordination;

import java.time.Instant;
import java.util.Map;

/**
 * Whether the program meets 501.105(a) in a calendar year: its cooperative relationship
 * with victim service programs shall incorporate "one or more" of the ten activities.
 * Where it does not, the reason must be documented (501.105(d)).
 *
 * @param activitiesByKind how many of each kind were logged in the year, every kind
 * present
 * @param reason the latest documented reason for the year, or null
 */
public record CoordinationCompliance(int year, Map<CoordinationActivityKind, Long> activitiesByKind, boolean met,
		String reason, String reasonRecordedBy, Instant reasonRecordedAt) {

	public static final String SECTION = "501.105(a)";

	public static final String REASON_SECTION = "501.105(d)";

	public CoordinationCompliance {
		activitiesByKind = Map.copyOf(activitiesByKind);
	}

	/** The rule the panel answers: "one or more" of the activities of 501.105(a). */
	public String section() {
		return SECTION;
	}

	/** Where a year that does not meet it must document the reason. */
	public String reasonSection() {
		return REASON_SECTION;
	}

	/** Not met and no reason documented yet: the director must record one. */
	public boolean reasonRequired() {
		return !this.met && this.reason == null;
	}

	public long withVictimServices() {
		return sum('a');
	}

	public long justiceAndChildWelfare() {
		return sum('b');
	}

	public long otherServiceNeeds() {
		return sum('c');
	}

	private long sum(char subsection) {
		return this.activitiesByKind.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().subsection() == subsection)
			.mapToLong(Map.Entry::getValue)
			.sum();
	}

}
