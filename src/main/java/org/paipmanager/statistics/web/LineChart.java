package org.paipmanager.statistics.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A line chart drawn as inline SVG on the server: one point per month, with the month and
 * value written under and above each point.
 */
record LineChart(String id, String title, String description, String points, List<Point> marks, int width, int height) {

	static final int HEIGHT = 200;

	static final int STEP = 70;

	static final int TOP = 24;

	static final int PLOT = 130;

	static LineChart of(String id, String title, List<String> labels, List<Long> values) {
		long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
		List<Point> marks = new ArrayList<>();
		StringBuilder points = new StringBuilder();
		StringBuilder description = new StringBuilder();
		for (int i = 0; i < labels.size(); i++) {
			int x = 40 + i * STEP;
			int y = TOP + ((max == 0) ? PLOT : (int) (PLOT - values.get(i) * PLOT / max));
			marks.add(new Point(labels.get(i), Long.toString(values.get(i)), x, y));
			points.append((i > 0) ? " " : "").append(x).append(',').append(y);
			description.append((i > 0) ? "; " : "").append(labels.get(i)).append(": ").append(values.get(i));
		}
		return new LineChart(id, title, description.toString(), points.toString(), marks,
				80 + Math.max(labels.size() - 1, 0) * STEP, HEIGHT);
	}

	public int axisY() {
		return TOP + PLOT;
	}

	/** One month: label, value as shown and position. */
	record Point(String label, String value, int x, int y) {

		public int labelY() {
			return TOP + PLOT + 20;
		}

		public int valueY() {
			return this.y - 8;
		}

	}

}
