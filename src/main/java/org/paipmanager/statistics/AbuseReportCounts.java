package org.paipmanager.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.paipmanager.shared.ParticipantId;

/**
 * Child and elder abuse reports made by the current agency (501.170(j), 501.145), given
 * by the module that records mandated reports. Statistics shows the figure as not
 * recorded while no bean implements this.
 */
public interface AbuseReportCounts {

	/** The kinds of report 501.170(j) counts. */
	enum Kind {

		/** A report of possible child abuse or neglect to DCFS. */
		CHILD,
		/** A report of possible abuse of an older adult to the Department on Aging. */
		ELDER

	}

	/**
	 * How many reports of each kind were made in the period, both days included, in the
	 * current agency. A kind with no report may be absent.
	 */
	Map<Kind, Long> counts(LocalDate from, LocalDate to);

	/**
	 * The participants whose cases the reports of one kind in the period were made in,
	 * for the drill-down; empty when not known.
	 */
	default List<ParticipantId> participants(Kind kind, LocalDate from, LocalDate to) {
		return List.of();
	}

}
