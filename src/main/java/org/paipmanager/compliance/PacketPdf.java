package org.paipmanager.compliance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.web.util.HtmlUtils;

/** The packet's PDF: a cover with the legal basis, then each file as a table. */
final class PacketPdf {

	private static final String STYLE = "body{font-family:sans-serif;font-size:9pt}h1{font-size:15pt}"
			+ "h2{font-size:12pt;margin-top:14pt}table{border-collapse:collapse;width:100%;table-layout:fixed;"
			+ "-fs-table-paginate:paginate}th,td{border:0.5pt solid #777;padding:2pt;text-align:left;"
			+ "vertical-align:top;font-size:7pt;word-wrap:break-word;overflow-wrap:break-word}"
			+ "@page{size:letter landscape;margin:14mm}";

	private PacketPdf() {
	}

	static byte[] render(String agencyName, ReviewPacketListing packet, List<ReviewPacket.PacketFile> files) {
		StringBuilder html = new StringBuilder(
				"<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">"
						+ "<head><meta charset=\"utf-8\"/><title>Desk review packet</title><style>" + STYLE
						+ "</style></head><body>");
		html.append("<h1>Desk review packet: ").append(escape(agencyName)).append("</h1>");
		html.append("<p>For ")
			.append(escape(packet.monitorName()))
			.append(" (")
			.append(escape(packet.monitorUsername()))
			.append("), Illinois Department of Human Services. Review period ")
			.append(packet.from())
			.append(" to ")
			.append(packet.to())
			.append(". Built by ")
			.append(escape(packet.createdBy()))
			.append(" on ")
			.append(packet.createdAt())
			.append(".</p>");
		html.append("<p>Client records made available to the Department for a desk review under 89 Ill. Adm. Code "
				+ "501.200(b) and 501.70(a)(1). Victim and partner information is kept apart (501.90(d)) and is not "
				+ "part of this packet. Every download is recorded in the program's disclosure ledger.</p>");
		for (ReviewPacket.PacketFile file : files) {
			html.append("<h2>").append(escape(file.name())).append(" (").append(file.rows().size()).append(")</h2>");
			html.append("<table><thead><tr>");
			file.header().forEach((cell) -> html.append("<th>").append(escape(cell)).append("</th>"));
			html.append("</tr></thead><tbody>");
			for (List<String> row : file.rows()) {
				html.append("<tr>");
				row.forEach((cell) -> html.append("<td>").append(escape(cell)).append("</td>"));
				html.append("</tr>");
			}
			html.append("</tbody></table>");
		}
		html.append("</body></html>");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			// The packet needs nothing from outside the document: no fetches, no files.
			new PdfRendererBuilder().useFastMode()
				.useExternalResourceAccessControl((uri, type) -> false,
						ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
				.useExternalResourceAccessControl((uri, type) -> false,
						ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
				.withHtmlContent(html.toString(), null)
				.toStream(out)
				.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render review packet " + packet.id(), ex);
		}
		return out.toByteArray();
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape((text != null) ? text : "", "UTF-8");
	}

}
