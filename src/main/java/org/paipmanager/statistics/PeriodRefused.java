package org.paipmanager.statistics;

import java.util.Map;

import org.paipmanager.shared.ChangeRefused;

/**
 * A statistics period that cannot be read: a missing date, an end before the start, or a
 * span longer than {@link StatisticsManagement#LONGEST_PERIOD_YEARS} years.
 */
public class PeriodRefused extends ChangeRefused {

	PeriodRefused(Map<String, String> problems) {
		super("The period is not valid. Nothing was read.", problems);
	}

}
