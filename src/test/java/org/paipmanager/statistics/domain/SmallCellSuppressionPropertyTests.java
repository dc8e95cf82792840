package org.paipmanager.statistics.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of small-cell suppression over any table of counts (CON-5, COO-5): no count
 * under 5 is ever shown, and no row or column leaves a single suppressed cell that its
 * total would give away.
 */
class SmallCellSuppressionPropertyTests {

	@Property(tries = 500)
	@Label("CON-5: no count under 5 is shown, totals included, in any table")
	void neverShowsACountUnderFive(@ForAll("tables") long[][] counts) {
		SmallCellSuppression.Table table = SmallCellSuppression.suppress(counts);
		for (int row = 0; row < table.rows(); row++) {
			for (int column = 0; column < table.columns(); column++) {
				long value = value(counts, row, column);
				if (value < SmallCellSuppression.THRESHOLD) {
					assertThat(table.shown(row, column)).as("cell %d,%d = %d", row, column, value)
						.isEqualTo(SmallCellSuppression.SUPPRESSED);
				}
			}
		}
	}

	@Property(tries = 500)
	@Label("CON-5: every row and column holds no suppressed cell or at least two, so no subtraction recovers one")
	void leavesNoLoneSuppressedCellInALine(@ForAll("tables") long[][] counts) {
		SmallCellSuppression.Table table = SmallCellSuppression.suppress(counts);
		for (int row = 0; row < table.rows(); row++) {
			int suppressed = 0;
			for (int column = 0; column < table.columns(); column++) {
				suppressed += table.suppressed(row, column) ? 1 : 0;
			}
			assertThat(suppressed).as("row %d", row).isNotEqualTo(1);
		}
		for (int column = 0; column < table.columns(); column++) {
			int suppressed = 0;
			for (int row = 0; row < table.rows(); row++) {
				suppressed += table.suppressed(row, column) ? 1 : 0;
			}
			assertThat(suppressed).as("column %d", column).isNotEqualTo(1);
		}
	}

	@Property(tries = 300)
	@Label("CON-5: a shown cell shows its exact count")
	void showsUnsuppressedCellsExactly(@ForAll("tables") long[][] counts) {
		SmallCellSuppression.Table table = SmallCellSuppression.suppress(counts);
		for (int row = 0; row < table.rows(); row++) {
			for (int column = 0; column < table.columns(); column++) {
				if (!table.suppressed(row, column)) {
					assertThat(table.shown(row, column)).isEqualTo(Long.toString(value(counts, row, column)));
				}
			}
		}
	}

	/**
	 * A cell of the table with its totals: interior, row total, column total or grand
	 * total.
	 */
	private static long value(long[][] counts, int row, int column) {
		int rows = counts.length;
		int columns = counts[0].length;
		long sum = 0;
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				if ((row == rows || row == r) && (column == columns || column == c)) {
					sum += counts[r][c];
				}
			}
		}
		return sum;
	}

	@Provide
	Arbitrary<long[][]> tables() {
		return Arbitraries.integers()
			.between(1, 6)
			.flatMap((rows) -> Arbitraries.integers()
				.between(1, 6)
				.flatMap((columns) -> Arbitraries.longs()
					.between(0, 40)
					.edgeCases((edges) -> edges.add(4L).add(5L))
					.array(long[].class)
					.ofSize(columns)
					.array(long[][].class)
					.ofSize(rows)));
	}

}
