package org.paipmanager.statistics;

import java.math.BigDecimal;
import java.util.List;

/**
 * One figure of 501.170 for a period: its values by category and its total.
 *
 * @param code the paragraph letter, {@code a} to {@code j}, or {@code k1} to {@code k7}
 * for the demographics of (k)(1)-(7)
 * @param paragraph the rule paragraph, such as {@code 501.170(a)}
 * @param unit {@code participants}, {@code hours} or {@code reports}
 * @param recorded false when PAIP Manager does not record this figure yet; values are
 * then empty and the total null
 * @param values the value of each category, in a fixed order, zeros included
 * @param total the figure as a whole: people counted once even when in two categories,
 * hours and reports summed
 */
public record Figure(String code, String paragraph, String unit, boolean recorded, List<Value> values,
		BigDecimal total) {

	public Figure {
		values = List.copyOf(values);
	}

	/** The message key of the figure's name. */
	public String messageKey() {
		return "statistics.figure." + this.code;
	}

	/** Whether a drill-down lists the participants behind the figure. */
	public boolean drillable() {
		return this.recorded;
	}

	/**
	 * One category of a figure.
	 *
	 * @param category the coded value, such as {@code PROBATION}
	 * @param labelKey the message key of its label
	 * @param value how many participants, hours or reports
	 */
	public record Value(String category, String labelKey, BigDecimal value) {
	}

}
