package org.paipmanager.program.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.paipmanager.program.GrantCommand;
import org.paipmanager.program.GrantView;

/**
 * The page form of a grant agreement with its budget (501.440(a), 501.400(c)(3), (4)):
 * the fields of {@link GrantCommand} with rows of budget lines, of which a row left
 * wholly blank is ignored. A row that is partly filled is refused field by field.
 */
public record GrantForm(
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String funder,
		@NotBlank(message = "{validation.required}") @Size(max = 100,
				message = "{validation.tooLong}") String agreementNumber,
		@NotNull(message = "{validation.required}") LocalDate startsOn,
		@NotNull(message = "{validation.required}") LocalDate endsOn,
		@DecimalMin(value = "0.01", message = "{program.grant.amount}") @Digits(integer = 10, fraction = 2,
				message = "{program.grant.amount}") BigDecimal amountRequested,
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0.01",
				message = "{program.grant.amount}") @Digits(integer = 10, fraction = 2,
						message = "{program.grant.amount}") BigDecimal amountAwarded,
		@NotNull(message = "{validation.required}") LocalDate signedOn,
		@NotNull(message = "{program.grant.reportDueDays}") @Min(value = 1,
				message = "{program.grant.reportDueDays}") @Max(value = 120,
						message = "{program.grant.reportDueDays}") Integer reportDueDays,
		List<@Valid Row> lines) {

	/** Blank rows on a new agreement. */
	static final int BLANK_ROWS = 5;

	/** At most as many rows as a grant may have lines. */
	static final int MAX_ROWS = 60;

	private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d{1,4})]\\..*");

	/** A row missing from the request counts as blank and keeps the others in place. */
	public GrantForm {
		lines = (lines != null) ? List.copyOf(lines.stream().map((r) -> (r != null) ? r : Row.BLANK).toList())
				: List.of();
	}

	/** A new agreement as the facade proposes it, with five blank rows. */
	static GrantForm blank(GrantCommand proposed) {
		GrantForm form = new GrantForm(proposed.funder(), proposed.agreementNumber(), proposed.startsOn(),
				proposed.endsOn(), proposed.amountRequested(), proposed.amountAwarded(), proposed.signedOn(),
				proposed.reportDueDays(), List.of());
		return form.withBlankRows(BLANK_ROWS);
	}

	/** The grant as it stands, with two blank rows for more lines. */
	static GrantForm of(GrantView grant) {
		return new GrantForm(grant.funder(), grant.agreementNumber(), grant.startsOn(), grant.endsOn(),
				grant.amountRequested(), grant.amountAwarded(), grant.signedOn(), grant.reportDueDays(),
				grant.lines()
					.stream()
					.map((l) -> new Row(l.code(), l.name(), l.budgeted(), l.justification()))
					.toList())
			.withBlankRows(2);
	}

	/** This form with blank rows added at the end, up to {@link #MAX_ROWS}. */
	GrantForm withBlankRows(int count) {
		List<Row> rows = new ArrayList<>(this.lines);
		for (int i = 0; i < count && rows.size() < MAX_ROWS; i++) {
			rows.add(Row.BLANK);
		}
		return new GrantForm(this.funder, this.agreementNumber, this.startsOn, this.endsOn, this.amountRequested,
				this.amountAwarded, this.signedOn, this.reportDueDays, rows);
	}

	/**
	 * What the rows lack, by field: a partly filled row needs each of its four fields,
	 * and the agreement needs at least one line.
	 */
	Map<String, String> rowProblems() {
		Map<String, String> problems = new LinkedHashMap<>();
		int filled = 0;
		for (int i = 0; i < this.lines.size(); i++) {
			Row row = this.lines.get(i);
			if (row.isBlank()) {
				continue;
			}
			filled++;
			String at = "lines[" + i + "].";
			if (blank(row.code())) {
				problems.put(at + "code", "program.grant.form.codeRequired");
			}
			if (blank(row.name())) {
				problems.put(at + "name", "program.grant.form.nameRequired");
			}
			if (row.budgeted() == null) {
				problems.put(at + "budgeted", "program.grant.form.budgetedRequired");
			}
			if (blank(row.justification())) {
				problems.put(at + "justification", "program.grant.justification");
			}
		}
		if (filled == 0) {
			problems.put("lines", "program.grant.linesRequired");
		}
		else if (filled > MAX_ROWS) {
			problems.put("lines", "validation.tooLong");
		}
		return problems;
	}

	/** The filled rows as the command; see {@link #rowOf} for where each came from. */
	GrantCommand toCommand() {
		return new GrantCommand(this.funder, this.agreementNumber, this.startsOn, this.endsOn, this.amountRequested,
				this.amountAwarded, this.signedOn, this.reportDueDays,
				this.lines.stream()
					.filter((r) -> !r.isBlank())
					.map((r) -> new GrantCommand.Line(r.code(), r.name(), r.budgeted(), r.justification()))
					.toList());
	}

	/**
	 * The field of this form that a problem of the command names: a line's index in the
	 * command is counted without the blank rows.
	 */
	String fieldOf(String commandField) {
		Matcher line = LINE_FIELD.matcher(commandField);
		if (!line.matches()) {
			return commandField;
		}
		int wanted = Integer.parseInt(line.group(1));
		int seen = -1;
		for (int i = 0; i < this.lines.size(); i++) {
			if (!this.lines.get(i).isBlank() && ++seen == wanted) {
				return "lines[" + i + "]" + commandField.substring(commandField.indexOf(']') + 1);
			}
		}
		return "lines";
	}

	/** The rows a request sent, counted from its field names. */
	static int rowsSent(Map<String, String[]> parameters) {
		return parameters.keySet()
			.stream()
			.map(LINE_FIELD::matcher)
			.filter(Matcher::matches)
			.mapToInt((field) -> Integer.parseInt(field.group(1)) + 1)
			.max()
			.orElse(0);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** One budget line row; all blank, or code, name, amount and justification. */
	public record Row(@Size(max = 40, message = "{validation.tooLong}") String code,
			@Size(max = 200, message = "{validation.tooLong}") String name,
			@DecimalMin(value = "0.00", message = "{program.grant.amount}") @Digits(integer = 10, fraction = 2,
					message = "{program.grant.amount}") BigDecimal budgeted,
			@Size(max = 2000, message = "{validation.tooLong}") String justification) {

		static final Row BLANK = new Row("", "", null, "");

		public boolean isBlank() {
			return blank(this.code) && blank(this.name) && this.budgeted == null && blank(this.justification);
		}

	}

}
