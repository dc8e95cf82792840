package org.paipmanager.compliance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.paipmanager.shared.CsvText;

/** The packet's CSV files (RFC 4180) in one zip, written and read back. */
final class PacketCsv {

	private static final int MAX_ENTRIES = 20;

	private PacketCsv() {
	}

	static byte[] zip(List<ReviewPacket.PacketFile> files) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (ReviewPacket.PacketFile file : files) {
				zip.putNextEntry(new ZipEntry(file.name()));
				zip.write(csv(file).getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the packet zip", ex);
		}
		return bytes.toByteArray();
	}

	static List<ReviewPacket.PacketFile> unzip(byte[] zipped) {
		List<ReviewPacket.PacketFile> files = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipped), StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null && files.size() < MAX_ENTRIES) {
				List<List<String>> records = CsvText.parse(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
				files.add(new ReviewPacket.PacketFile(entry.getName(), records.isEmpty() ? List.of() : records.get(0),
						records.isEmpty() ? List.of() : records.subList(1, records.size())));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the packet zip", ex);
		}
		return files;
	}

	static String csv(ReviewPacket.PacketFile file) {
		StringBuilder out = new StringBuilder();
		line(out, file.header());
		file.rows().forEach((row) -> line(out, row));
		return out.toString();
	}

	private static void line(StringBuilder out, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			String cell = (cells.get(i) != null) ? cells.get(i) : "";
			// A cell a spreadsheet would run as a formula is written as text.
			if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?[0-9.]+")) {
				cell = "'" + cell;
			}
			if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
				cell = '"' + cell.replace("\"", "\"\"") + '"';
			}
			out.append(cell);
		}
		out.append("\r\n");
	}

}
