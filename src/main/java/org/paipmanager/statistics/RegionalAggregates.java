package org.paipmanager.statistics;

import java.time.LocalDate;
import java.util.List;

/**
 * The standardised aggregate figures of every agency in a region for a period (CON-5,
 * COO-5): counts only, no identifiers, each cell under 5 shown as {@code <5} and further
 * cells suppressed so that no total reveals one.
 *
 * @param region the region of the reading user's agency; null when it has none
 */
public record RegionalAggregates(String region, LocalDate from, LocalDate to, List<Table> tables) {

	public RegionalAggregates {
		tables = List.copyOf(tables);
	}

	/**
	 * One 501.170 figure across the agencies of the region.
	 *
	 * @param code the figure's code, such as {@code a}
	 * @param paragraph the rule paragraph, such as {@code 501.170(a)}
	 * @param categories the coded categories, one per column before the total
	 * @param categoryLabelKeys the message keys of the categories' labels
	 * @param agencies the agencies, one per row before the total row
	 * @param cells the cells as shown, row by row; the last column and the last row are
	 * the totals
	 */
	public record Table(String code, String paragraph, List<String> categories, List<String> categoryLabelKeys,
			List<String> agencies, List<List<String>> cells) {

		public Table {
			categories = List.copyOf(categories);
			categoryLabelKeys = List.copyOf(categoryLabelKeys);
			agencies = List.copyOf(agencies);
			cells = List.copyOf(cells);
		}

		/** The message key of the figure's name. */
		public String messageKey() {
			return "statistics.figure." + this.code;
		}

	}

}
