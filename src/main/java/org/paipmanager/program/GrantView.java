package org.paipmanager.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A grant agreement with its budget against what was spent line by line, and its quarters
 * with the day each quarter's expenditure documentation is due (501.440(b)(2)) and the
 * day it was sent. An overspent line, or a budget above the award, is flagged: Part 501
 * does not refuse it.
 */
public record GrantView(UUID id, long version, String funder, String agreementNumber, LocalDate startsOn,
		LocalDate endsOn, BigDecimal amountRequested, BigDecimal amountAwarded, LocalDate signedOn, int reportDueDays,
		List<Line> lines, List<Quarter> quarters, BigDecimal budgetTotal, BigDecimal spentTotal) {

	public static final String SECTION = "501.440(b)(2)";

	public GrantView {
		lines = List.copyOf(lines);
		quarters = List.copyOf(quarters);
	}

	/** A budget line with what was spent on it so far. */
	public record Line(UUID id, String code, String name, BigDecimal budgeted, String justification, BigDecimal spent,
			BigDecimal remaining, boolean overspent) {
	}

	/**
	 * A quarter of the grant period; {@code reportOverdue} once its documentation is past
	 * due and not sent.
	 */
	public record Quarter(int number, LocalDate startsOn, LocalDate endsOn, LocalDate reportDueOn, LocalDate sentOn,
			BigDecimal spent, boolean reportOverdue) {
	}

	/** The budget lines add up to more than the award. */
	public boolean budgetOverAward() {
		return this.budgetTotal.compareTo(this.amountAwarded) > 0;
	}

	/** The grant as a command, for a form or an API client to change and send back. */
	public GrantCommand toCommand() {
		return new GrantCommand(this.funder, this.agreementNumber, this.startsOn, this.endsOn, this.amountRequested,
				this.amountAwarded, this.signedOn, this.reportDueDays,
				this.lines.stream()
					.map((l) -> new GrantCommand.Line(l.code(), l.name(), l.budgeted(), l.justification()))
					.toList());
	}

}
