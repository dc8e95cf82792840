package org.paipmanager.compliance;

import java.util.List;

import org.paipmanager.shared.PdfRenderer;

/** The packet's PDF: a cover with the legal basis, then each file as a table. */
final class PacketPdf {

	private static final String STYLE = "body{font-family:sans-serif;font-size:9pt}h1{font-size:15pt}"
			+ "h2{font-size:12pt;margin-top:14pt}table{border-collapse:collapse;width:100%;table-layout:fixed;"
			+ "-fs-table-paginate:paginate}th,td{border:0.5pt solid #777;padding:2pt;text-align:left;"
			+ "vertical-align:top;font-size:7pt;word-wrap:break-word;overflow-wrap:break-word}"
			+ "@page{size:letter landscape;margin:14mm}";

	private PacketPdf() {
	}

	static byte[] render(PdfRenderer renderer, String agencyName, ReviewPacketListing packet,
			List<ReviewPacket.PacketFile> files) {
		StringBuilder html = new StringBuilder();
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
		return renderer.render("en", "Desk review packet", STYLE, html.toString());
	}

	private static String escape(String text) {
		return PdfRenderer.escape(text);
	}

}
