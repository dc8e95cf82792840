package org.paipmanager.statistics.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn as inline SVG on the server: one bar per category, its
 * label on the left and its value at the end of the bar. No script, nothing loaded.
 *
 * @param id unique id for the title and description the SVG is labelled by
 * @param title what the chart shows
 * @param description the values in words, for screen readers
 * @param bars the bars, top to bottom
 * @param height the height of the whole chart
 */
record BarChart(String id, String title, String description, List<Bar> bars, int height) {

	static final int WIDTH = 640;

	static final int LABEL_WIDTH = 300;

	static final int BAR_AREA = 260;

	static final int ROW = 26;

	static BarChart of(String id, String title, List<String> labels, List<BigDecimal> values) {
		BigDecimal max = values.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
		List<Bar> bars = new ArrayList<>();
		StringBuilder description = new StringBuilder();
		for (int i = 0; i < labels.size(); i++) {
			BigDecimal value = values.get(i);
			int width = (max.signum() == 0) ? 0
					: value.multiply(BigDecimal.valueOf(BAR_AREA)).divide(max, 0, RoundingMode.HALF_UP).intValue();
			bars.add(new Bar(labels.get(i), value.toPlainString(), i * ROW + 4, width));
			description.append((i > 0) ? "; " : "").append(labels.get(i)).append(": ").append(value.toPlainString());
		}
		return new BarChart(id, title, description.toString(), bars, Math.max(labels.size(), 1) * ROW + 8);
	}

	public int labelWidth() {
		return LABEL_WIDTH;
	}

	public int width() {
		return WIDTH;
	}

	/** One bar: label, value as shown, top edge and width in SVG units. */
	record Bar(String label, String value, int y, int width) {

		public int x() {
			return LABEL_WIDTH;
		}

		public int textY() {
			return this.y + 14;
		}

		public int valueX() {
			return LABEL_WIDTH + this.width + 6;
		}

	}

}
