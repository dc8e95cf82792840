package org.paipmanager.statistics.domain;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmallCellSuppressionTests {

	@Test
	@DisplayName("CON-5: every cell under 5 shows as <5, and the cells that would give it away by subtraction too")
	void suppressesEveryCellUnderFive() {
		SmallCellSuppression.Table table = SmallCellSuppression.suppress(new long[][] { { 10, 3 }, { 12, 7 } });
		// The 3 is the only small count. Its row total (13) would reveal it from the 10,
		// so
		// the 10 goes; then the 12 (column of the 10) and the 7 (column of the 3) go too.
		// What stays leaves one unknown per equation at least twice: 3 cannot be solved.
		assertThat(table.shown()).containsExactly(List.of("<5", "<5", "13"), List.of("<5", "<5", "19"),
				List.of("22", "10", "32"));
		assertThat(SmallCellSuppression.suppress(new long[][] { { 4 } }).shown()).containsExactly(List.of("<5", "<5"),
				List.of("<5", "<5"));
	}

	@Test
	@DisplayName("CON-5: complementary suppression leaves no row or column with exactly one suppressed cell")
	void leavesNoLineWithASingleSuppressedCell() {
		long[][] counts = { { 20, 30, 2, 40 }, { 25, 35, 45, 50 }, { 60, 70, 80, 90 } };
		SmallCellSuppression.Table table = SmallCellSuppression.suppress(counts);
		assertThat(table.shown(0, 2)).isEqualTo("<5");
		assertEveryLineHidesItsSuppressedCells(table);
		// The complement is the smallest other cell of the row (20) and of the column
		// (45),
		// and the rectangle closes at 25.
		assertThat(table.shown(0, 0)).isEqualTo("<5");
		assertThat(table.shown(1, 2)).isEqualTo("<5");
		assertThat(table.shown(1, 0)).isEqualTo("<5");
		// Totals stay exact.
		assertThat(table.shown(0, 4)).isEqualTo("92");
		assertThat(table.shown(3, 4)).isEqualTo("547");
	}

	@Test
	@DisplayName("CON-5: no suppressed cell can be recovered from the totals by subtraction")
	void totalsCannotRevealASuppressedCell() {
		long[][] counts = { { 1, 9, 14 }, { 6, 8, 20 }, { 0, 11, 4 }, { 30, 30, 30 } };
		SmallCellSuppression.Table table = SmallCellSuppression.suppress(counts);
		assertEveryLineHidesItsSuppressedCells(table);
		for (int r = 0; r < table.rows(); r++) {
			for (int c = 0; c < table.columns(); c++) {
				if (!table.suppressed(r, c)) {
					assertThat(Long.parseLong(table.shown(r, c))).isGreaterThanOrEqualTo(5);
				}
			}
		}
	}

	@Test
	@DisplayName("CON-5: a table with nothing under 5 is shown whole, and an empty table is suppressed whole")
	void showsALargeTableWholeAndAnEmptyOneNot() {
		assertThat(SmallCellSuppression.suppress(new long[][] { { 5, 6 }, { 7, 8 } }).shown())
			.containsExactly(List.of("5", "6", "11"), List.of("7", "8", "15"), List.of("12", "14", "26"));
		assertThat(SmallCellSuppression.suppress(new long[][] { { 0, 0 } }).shown())
			.containsExactly(List.of("<5", "<5", "<5"), List.of("<5", "<5", "<5"));
		assertThat(SmallCellSuppression.suppress(new long[0][0]).shown()).containsExactly(List.of("<5"));
	}

	/**
	 * Each row and column with its total is an equation a reader can solve for a single
	 * unknown: none may hold exactly one.
	 */
	private static void assertEveryLineHidesItsSuppressedCells(SmallCellSuppression.Table table) {
		for (int r = 0; r < table.rows(); r++) {
			int suppressed = 0;
			for (int c = 0; c < table.columns(); c++) {
				suppressed += table.suppressed(r, c) ? 1 : 0;
			}
			assertThat(suppressed).as("row %d", r).isNotEqualTo(1);
		}
		for (int c = 0; c < table.columns(); c++) {
			int suppressed = 0;
			for (int r = 0; r < table.rows(); r++) {
				suppressed += table.suppressed(r, c) ? 1 : 0;
			}
			assertThat(suppressed).as("column %d", c).isNotEqualTo(1);
		}
	}

}
