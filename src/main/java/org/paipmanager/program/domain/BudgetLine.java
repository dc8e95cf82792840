package org.paipmanager.program.domain;

import java.math.BigDecimal;

/**
 * A budget line against what was spent on it. Part 501 sets no rule for spending more
 * than a line's budget (budget revisions fall under the grant agreement and 89 Ill. Adm.
 * Code 509), so an overspent line is flagged, not refused.
 */
public record BudgetLine(String code, BigDecimal budgeted, BigDecimal spent) {

	public BigDecimal remaining() {
		return this.budgeted.subtract(this.spent);
	}

	public boolean overspent() {
		return this.spent.compareTo(this.budgeted) > 0;
	}

}
