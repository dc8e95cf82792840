package org.paipmanager.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The 501.170 (a)-(k) figures of the current agency for a period, both days included.
 */
public record StatisticsReport(String agencyName, LocalDate from, LocalDate to, List<Figure> figures) {

	public StatisticsReport {
		figures = List.copyOf(figures);
	}

	/** The figure with this code, such as {@code a} or {@code k3}. */
	public Optional<Figure> figure(String code) {
		return this.figures.stream().filter((figure) -> figure.code().equals(code)).findFirst();
	}

}
