package org.paipmanager.program;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.paipmanager.shared.XlsxSheet;

import org.springframework.stereotype.Component;

/**
 * A quarter's expenditure documentation (501.440(b)(2)) as CSV and XLSX, with the columns
 * of {@link #COLUMNS} documented in {@code docs/program-expenditure-export.md}: one
 * {@code EXPENDITURE} row per expenditure, one {@code LINE} row per budget line with the
 * quarter's and the to-date spending, and one {@code TOTAL} row for the quarter.
 */
@Component
public class GrantDocuments {

	/** The columns of the CSV file and of the XLSX sheet, in order. */
	public static final List<String> COLUMNS = List.of("row", "agreement_number", "quarter", "quarter_starts_on",
			"quarter_ends_on", "line_code", "line_name", "spent_on", "payee", "description", "document_ref", "amount",
			"line_budget", "line_spent_to_date", "line_overspent");

	/** The rows, as in the CSV after its header. */
	public List<List<Object>> rows(QuarterDocumentation doc) {
		List<List<Object>> rows = new ArrayList<>();
		for (QuarterDocumentation.Expenditure e : doc.expenditures()) {
			rows.add(row(doc, "EXPENDITURE", e.lineCode(), e.lineName(), e.spentOn(), e.payee(), e.description(),
					e.documentRef(), e.amount(), null, null, null));
		}
		for (QuarterDocumentation.LineTotal line : doc.lines()) {
			rows.add(row(doc, "LINE", line.code(), line.name(), null, null, null, null, line.spentInQuarter(),
					line.budgeted(), line.spentToDate(), line.overspent()));
		}
		rows.add(row(doc, "TOTAL", null, null, null, null, null, null, doc.total(), null, null, null));
		return rows;
	}

	public byte[] csv(QuarterDocumentation doc) {
		StringBuilder csv = new StringBuilder();
		appendCsvLine(csv, new ArrayList<>(COLUMNS));
		rows(doc).forEach((row) -> appendCsvLine(csv, row));
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	public byte[] xlsx(QuarterDocumentation doc) {
		return XlsxSheet.write("Q" + doc.quarter(), COLUMNS, rows(doc));
	}

	private static List<Object> row(QuarterDocumentation doc, String kind, String code, String name, Object spentOn,
			String payee, String description, String document, BigDecimal amount, BigDecimal budget, BigDecimal toDate,
			Boolean overspent) {
		List<Object> row = new ArrayList<>();
		row.add(kind);
		row.add(doc.agreementNumber());
		row.add(doc.quarter());
		row.add(doc.startsOn());
		row.add(doc.endsOn());
		row.add(code);
		row.add(name);
		row.add(spentOn);
		row.add(payee);
		row.add(description);
		row.add(document);
		row.add(amount);
		row.add(budget);
		row.add(toDate);
		row.add(overspent);
		return row;
	}

	// A cell a spreadsheet would read as a formula is kept as text; quotes as RFC 4180.
	private static void appendCsvLine(StringBuilder csv, List<Object> cells) {
		List<String> quoted = new ArrayList<>();
		for (Object cell : cells) {
			String text = (cell == null) ? "" : cell.toString();
			if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(cell instanceof BigDecimal)) {
				text = "'" + text;
			}
			boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
					|| text.indexOf('\r') >= 0;
			quoted.add(quote ? '"' + text.replace("\"", "\"\"") + '"' : text);
		}
		csv.append(String.join(",", quoted)).append("\r\n");
	}

}
