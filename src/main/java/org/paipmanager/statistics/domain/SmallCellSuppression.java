package org.paipmanager.statistics.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Small-cell suppression of a table of counts with row and column totals (CON-5, COO-5).
 * Every cell under {@link #THRESHOLD}, totals included, is suppressed (primary
 * suppression). Then, as long as a row or a column (with its total) holds exactly one
 * suppressed cell, that cell could be recovered by subtraction, so the smallest other
 * cell of the line is suppressed too (complementary suppression), interior cells before
 * totals. At the end every line holds no suppressed cell or at least two.
 */
public final class SmallCellSuppression {

	/** Counts under this are never shown. */
	public static final int THRESHOLD = 5;

	/** What a suppressed cell shows. */
	public static final String SUPPRESSED = "<5";

	private SmallCellSuppression() {
	}

	/**
	 * Suppresses a table.
	 * @param counts the interior cells, {@code counts[row][column]}, all rows of equal
	 * length
	 * @return the table with a total column and a total row added, and which cells are
	 * suppressed
	 */
	public static Table suppress(long[][] counts) {
		int rows = counts.length;
		int columns = (rows == 0) ? 0 : counts[0].length;
		long[][] values = new long[rows + 1][columns + 1];
		for (int r = 0; r < rows; r++) {
			if (counts[r].length != columns) {
				throw new IllegalArgumentException("Rows of unequal length");
			}
			for (int c = 0; c < columns; c++) {
				long value = counts[r][c];
				values[r][c] = value;
				values[r][columns] += value;
				values[rows][c] += value;
				values[rows][columns] += value;
			}
		}
		boolean[][] suppressed = new boolean[rows + 1][columns + 1];
		for (int r = 0; r <= rows; r++) {
			for (int c = 0; c <= columns; c++) {
				suppressed[r][c] = values[r][c] < THRESHOLD;
			}
		}
		boolean changed = true;
		while (changed) {
			changed = false;
			for (List<int[]> line : lines(rows, columns)) {
				if (line.size() > 1 && count(line, suppressed) == 1) {
					int[] complement = smallestOpen(line, values, suppressed, rows, columns);
					suppressed[complement[0]][complement[1]] = true;
					changed = true;
				}
			}
		}
		return new Table(values, suppressed);
	}

	/**
	 * Every row and every column of the table with its total: the equations a reader has.
	 */
	private static List<List<int[]>> lines(int rows, int columns) {
		List<List<int[]>> lines = new ArrayList<>();
		for (int r = 0; r <= rows; r++) {
			List<int[]> line = new ArrayList<>();
			for (int c = 0; c <= columns; c++) {
				line.add(new int[] { r, c });
			}
			lines.add(line);
		}
		for (int c = 0; c <= columns; c++) {
			List<int[]> line = new ArrayList<>();
			for (int r = 0; r <= rows; r++) {
				line.add(new int[] { r, c });
			}
			lines.add(line);
		}
		return lines;
	}

	private static int count(List<int[]> line, boolean[][] suppressed) {
		int count = 0;
		for (int[] cell : line) {
			if (suppressed[cell[0]][cell[1]]) {
				count++;
			}
		}
		return count;
	}

	private static int[] smallestOpen(List<int[]> line, long[][] values, boolean[][] suppressed, int rows,
			int columns) {
		int[] best = null;
		for (int[] cell : line) {
			if (suppressed[cell[0]][cell[1]]) {
				continue;
			}
			if (best == null || rank(cell, values, rows, columns) < rank(best, values, rows, columns)) {
				best = cell;
			}
		}
		if (best == null) {
			throw new IllegalStateException("A line with one suppressed cell has no other cell");
		}
		return best;
	}

	/** Interior cells come before totals, then the smaller value first. */
	private static long rank(int[] cell, long[][] values, int rows, int columns) {
		boolean total = cell[0] == rows || cell[1] == columns;
		return (total ? Long.MAX_VALUE / 2 : 0) + values[cell[0]][cell[1]];
	}

	/**
	 * A suppressed table: the last row and the last column are the totals.
	 */
	public static final class Table {

		private final long[][] values;

		private final boolean[][] suppressed;

		Table(long[][] values, boolean[][] suppressed) {
			this.values = values;
			this.suppressed = suppressed;
		}

		public int rows() {
			return this.values.length;
		}

		public int columns() {
			return (this.values.length == 0) ? 0 : this.values[0].length;
		}

		public boolean suppressed(int row, int column) {
			return this.suppressed[row][column];
		}

		/** What the cell shows: the count, or {@code <5}. */
		public String shown(int row, int column) {
			return this.suppressed[row][column] ? SUPPRESSED : Long.toString(this.values[row][column]);
		}

		/** Every cell as shown, row by row, totals last. */
		public List<List<String>> shown() {
			List<List<String>> shown = new ArrayList<>();
			for (int r = 0; r < rows(); r++) {
				List<String> row = new ArrayList<>();
				for (int c = 0; c < columns(); c++) {
					row.add(shown(r, c));
				}
				shown.add(List.copyOf(row));
			}
			return List.copyOf(shown);
		}

		@Override
		public String toString() {
			return Arrays.deepToString(shown().toArray());
		}

	}

}
