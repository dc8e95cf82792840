package org.paipmanager.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A quarter's expenditure documentation of a grant (501.440(b)(2)): every expenditure of
 * the quarter with its budget line and document, and per line the budget, the quarter's
 * spending and the spending to date. The data of the Department's Summary Expenditure
 * Documentation Form, not the form itself.
 */
public record QuarterDocumentation(UUID grantId, String funder, String agreementNumber, int quarter, LocalDate startsOn,
		LocalDate endsOn, LocalDate reportDueOn, LocalDate sentOn, List<Expenditure> expenditures,
		List<LineTotal> lines, BigDecimal total) {

	public QuarterDocumentation {
		expenditures = List.copyOf(expenditures);
		lines = List.copyOf(lines);
	}

	/** One expenditure. */
	public record Expenditure(UUID id, String lineCode, String lineName, LocalDate spentOn, String payee,
			String description, BigDecimal amount, String documentRef) {
	}

	/** A budget line's figures for the quarter. */
	public record LineTotal(String code, String name, BigDecimal budgeted, BigDecimal spentInQuarter,
			BigDecimal spentToDate, boolean overspent) {
	}

}
