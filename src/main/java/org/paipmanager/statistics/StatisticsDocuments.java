package org.paipmanager.statistics;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.paipmanager.shared.XlsxSheet;
import org.paipmanager.statistics.domain.SmallCellSuppression;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The 501.170 figures and the regional aggregates as files for the Department (OUT-1,
 * OUT-2, COO-5), in the formats documented in {@code docs/statistics-schema.md} and
 * {@code docs/statistics.schema.json}. Every format carries the same figures as the page.
 */
@Component
public class StatisticsDocuments {

	/** The version of the documented formats; raised when a field changes. */
	public static final String SCHEMA_VERSION = "1";

	/** The columns of the CSV file and of the XLSX sheet, in order. */
	public static final List<String> COLUMNS = List.of("from", "to", "paragraph", "figure", "unit", "category",
			"value");

	/** The columns of the regional CSV file, in order. */
	public static final List<String> REGIONAL_COLUMNS = List.of("from", "to", "region", "paragraph", "figure", "agency",
			"category", "value");

	/** The category and agency name of a total. */
	public static final String TOTAL = "TOTAL";

	private final JsonMapper json;

	StatisticsDocuments(JsonMapper json) {
		this.json = json;
	}

	/** One row per category of each figure and one for its total, as in the CSV. */
	public List<List<Object>> rows(StatisticsReport report) {
		List<List<Object>> rows = new ArrayList<>();
		for (Figure figure : report.figures()) {
			for (Figure.Value value : figure.values()) {
				rows.add(row(report, figure, value.category(), value.value()));
			}
			rows.add(row(report, figure, TOTAL, figure.total()));
		}
		return rows;
	}

	public byte[] csv(StatisticsReport report) {
		StringBuilder csv = new StringBuilder();
		line(csv, new ArrayList<>(COLUMNS));
		for (List<Object> row : rows(report)) {
			line(csv, row);
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	public byte[] json(StatisticsReport report) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("schemaVersion", SCHEMA_VERSION);
		document.put("rule", "89 Ill. Adm. Code 501.170");
		document.put("agency", report.agencyName());
		document.put("from", report.from().toString());
		document.put("to", report.to().toString());
		List<Map<String, Object>> figures = new ArrayList<>();
		for (Figure figure : report.figures()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("figure", figure.code());
			entry.put("paragraph", figure.paragraph());
			entry.put("unit", figure.unit());
			entry.put("recorded", figure.recorded());
			entry.put("total", figure.total());
			entry.put("values",
					figure.values()
						.stream()
						.map((value) -> Map.of("category", value.category(), "value", value.value()))
						.toList());
			figures.add(entry);
		}
		document.put("figures", figures);
		return this.json.writeValueAsBytes(document);
	}

	public byte[] xlsx(StatisticsReport report) {
		return XlsxSheet.write("501.170", COLUMNS, rows(report));
	}

	public byte[] csv(RegionalAggregates aggregates) {
		StringBuilder csv = new StringBuilder();
		line(csv, new ArrayList<>(REGIONAL_COLUMNS));
		for (RegionalAggregates.Table table : aggregates.tables()) {
			for (int r = 0; r < table.cells().size(); r++) {
				String agency = (r < table.agencies().size()) ? table.agencies().get(r) : TOTAL;
				List<String> cells = table.cells().get(r);
				for (int c = 0; c < cells.size(); c++) {
					String category = (c < table.categories().size()) ? table.categories().get(c) : TOTAL;
					line(csv,
							new ArrayList<>(
									List.of(aggregates.from(), aggregates.to(), nullToEmpty(aggregates.region()),
											table.paragraph(), table.code(), agency, category, cells.get(c))));
				}
			}
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	public byte[] json(RegionalAggregates aggregates) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("schemaVersion", SCHEMA_VERSION);
		document.put("rule", "89 Ill. Adm. Code 501.170");
		document.put("region", aggregates.region());
		document.put("from", aggregates.from().toString());
		document.put("to", aggregates.to().toString());
		document.put("suppressedBelow", SmallCellSuppression.THRESHOLD);
		List<Map<String, Object>> tables = new ArrayList<>();
		for (RegionalAggregates.Table table : aggregates.tables()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("figure", table.code());
			entry.put("paragraph", table.paragraph());
			entry.put("categories", table.categories());
			List<Map<String, Object>> rows = new ArrayList<>();
			for (int r = 0; r < table.cells().size(); r++) {
				List<String> cells = table.cells().get(r);
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("agency", (r < table.agencies().size()) ? table.agencies().get(r) : TOTAL);
				row.put("cells", cells.subList(0, cells.size() - 1).stream().map(StatisticsDocuments::cell).toList());
				row.put("total", cell(cells.get(cells.size() - 1)));
				rows.add(row);
			}
			entry.put("rows", rows);
			tables.add(entry);
		}
		document.put("tables", tables);
		return this.json.writeValueAsBytes(document);
	}

	/** A shown cell as JSON: the count as a number, or the string {@code <5}. */
	private static Object cell(String shown) {
		return SmallCellSuppression.SUPPRESSED.equals(shown) ? shown : Long.valueOf(shown);
	}

	private static List<Object> row(StatisticsReport report, Figure figure, String category, BigDecimal value) {
		List<Object> row = new ArrayList<>();
		row.add(report.from());
		row.add(report.to());
		row.add(figure.paragraph());
		row.add(figure.code());
		row.add(figure.unit());
		row.add(category);
		row.add(value);
		return row;
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	private static void line(StringBuilder csv, List<Object> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			Object field = fields.get(i);
			String text = (field != null) ? field.toString() : "";
			if (!text.isEmpty() && "=+@\t".indexOf(text.charAt(0)) >= 0) {
				// A name that a spreadsheet would read as a formula is kept as text.
				text = "'" + text;
			}
			if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
				text = "\"" + text.replace("\"", "\"\"") + "\"";
			}
			csv.append(text);
		}
		csv.append("\r\n");
	}

}
