package org.paipmanager;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The text a person would read in a downloaded file, whatever its format: a PDF's text as
 * PDFBox extracts it, an XLSX workbook's cells, each entry of a ZIP archive in turn (read
 * the same way, so a PDF or CSV inside a packet is read too), anything else as UTF-8.
 * Canary tests look for their strings in this text, not in compressed bytes.
 */
public final class ExportText {

	private ExportText() {
	}

	public static String of(byte[] body) {
		if (body == null || body.length == 0) {
			return "";
		}
		if (startsWith(body, "%PDF-")) {
			return pdf(body);
		}
		if (startsWith(body, "PK")) {
			return zip(body);
		}
		return new String(body, StandardCharsets.UTF_8);
	}

	private static String pdf(byte[] body) {
		try (PDDocument document = Loader.loadPDF(body)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String zip(byte[] body) {
		StringBuilder text = new StringBuilder();
		boolean workbook = false;
		// ZipFile reads the central directory, so entries written with data descriptors
		// (as the XLSX writer does) are read as well.
		try {
			Path file = Files.createTempFile("export", ".zip");
			try (ZipFile zip = new ZipFile(Files.write(file, body).toFile())) {
				for (ZipEntry entry : Collections.list(zip.entries())) {
					workbook |= entry.getName().equals("xl/workbook.xml");
					try (InputStream in = zip.getInputStream(entry)) {
						text.append("\n--- ").append(entry.getName()).append('\n').append(of(in.readAllBytes()));
					}
				}
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (workbook) {
			text.append(cells(body));
		}
		return text.toString();
	}

	private static String cells(byte[] body) {
		StringBuilder text = new StringBuilder("\n--- cells\n");
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
			for (Sheet sheet : workbook.getSheets().toList()) {
				text.append(sheet.getName()).append('\n');
				for (Row row : sheet.read()) {
					for (Cell cell : row) {
						if (cell != null) {
							text.append(cell.getText()).append('\t');
						}
					}
					text.append('\n');
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString();
	}

	private static boolean startsWith(byte[] body, String magic) {
		byte[] bytes = magic.getBytes(StandardCharsets.US_ASCII);
		if (body.length < bytes.length) {
			return false;
		}
		for (int i = 0; i < bytes.length; i++) {
			if (body[i] != bytes[i]) {
				return false;
			}
		}
		return true;
	}

}
