package org.paipmanager.program.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.paipmanager.program.ProtocolDecisionCommand;
import org.paipmanager.program.ProtocolDecisionCommand.DenialArea;
import org.paipmanager.program.ProtocolDecisionCommand.Outcome;

/**
 * The page form of the Department's disposition of a protocol application (501.40(b),
 * (c)): the fields of {@link ProtocolDecisionCommand} with a few rows for the areas of
 * non-compliance, of which a row left wholly blank is ignored.
 */
public record DecisionForm(@NotNull(message = "{validation.required}") Outcome outcome,
		@NotNull(message = "{validation.required}") LocalDate decidedOn,
		@Size(max = 300, message = "{validation.tooLong}") String decisionLetter,
		@Size(max = 2000, message = "{validation.tooLong}") String pascRecommendation, LocalDate approvedFrom,
		LocalDate renewalDueOn, List<@Valid Row> denialAreas) {

	static final int ROWS = 3;

	/** Pads the area rows to {@link #ROWS}, so that the form always shows them. */
	public DecisionForm {
		List<Row> rows = new ArrayList<>();
		if (denialAreas != null) {
			denialAreas.forEach((r) -> rows.add((r != null) ? r : Row.BLANK));
		}
		while (rows.size() < ROWS) {
			rows.add(Row.BLANK);
		}
		denialAreas = List.copyOf(rows);
	}

	static DecisionForm blank(LocalDate today) {
		return new DecisionForm(null, today, "", "", null, null, List.of());
	}

	ProtocolDecisionCommand toCommand() {
		return new ProtocolDecisionCommand(this.outcome, this.decidedOn, this.decisionLetter, this.pascRecommendation,
				this.approvedFrom, this.renewalDueOn,
				this.denialAreas.stream()
					.filter((r) -> !r.isBlank())
					.map((r) -> new DenialArea(r.section().strip(), r.finding().strip()))
					.toList());
	}

	/** An area row: the Subpart B section and the finding, both or neither. */
	public record Row(
			@Pattern(regexp = "(\\s*501\\.[0-9]{2,3}.*)?", message = "{program.protocol.denialArea.section}") @Size(
					max = 40, message = "{validation.tooLong}") String section,
			@Size(max = 2000, message = "{validation.tooLong}") String finding) {

		static final Row BLANK = new Row("", "");

		public boolean isBlank() {
			return (this.section == null || this.section.isBlank()) && (this.finding == null || this.finding.isBlank());
		}

		@AssertTrue(message = "{program.protocol.denialArea.incomplete}")
		public boolean isComplete() {
			return isBlank() || (this.section != null && !this.section.isBlank() && this.finding != null
					&& !this.finding.isBlank());
		}

	}

}
