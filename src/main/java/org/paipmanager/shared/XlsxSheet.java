package org.paipmanager.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A one-sheet XLSX workbook: a header row of column names, then one row per list of
 * cells. Numbers stay numbers; anything else is written as its text; a null cell stays
 * empty.
 */
public final class XlsxSheet {

	private XlsxSheet() {
	}

	public static byte[] write(String sheetName, List<String> columns, List<List<Object>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "PAIP Manager", "1.0");
			Worksheet sheet = workbook.newWorksheet(sheetName);
			for (int c = 0; c < columns.size(); c++) {
				sheet.value(0, c, columns.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				List<Object> row = rows.get(r);
				for (int c = 0; c < row.size(); c++) {
					Object value = row.get(c);
					if (value instanceof BigDecimal number) {
						sheet.value(r + 1, c, number);
					}
					else if (value instanceof Integer number) {
						sheet.value(r + 1, c, number);
					}
					else if (value != null) {
						sheet.value(r + 1, c, value.toString());
					}
				}
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
