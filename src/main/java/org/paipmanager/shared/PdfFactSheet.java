package org.paipmanager.shared;

/**
 * The body of a one-page PDF of facts: a heading, a table of labelled values and
 * paragraphs under it (a receipt, a referral on paper), for {@link PdfRenderer}.
 */
public final class PdfFactSheet {

	/** The style of a fact sheet. */
	public static final String STYLE = "body{font-family:sans-serif;font-size:11pt;margin:2cm}"
			+ "th{text-align:left;padding-right:1em;font-weight:normal;color:#444;vertical-align:top}"
			+ "td{font-weight:bold}";

	private final String title;

	private final StringBuilder rows = new StringBuilder();

	private final StringBuilder paragraphs = new StringBuilder();

	public PdfFactSheet(String title) {
		this.title = title;
	}

	/** A labelled value; null shows as a dash. */
	public PdfFactSheet row(String label, String value) {
		this.rows.append("<tr><th>")
			.append(PdfRenderer.escape(label))
			.append("</th><td>")
			.append(PdfRenderer.escape((value != null) ? value : "-"))
			.append("</td></tr>");
		return this;
	}

	/** A paragraph under the table; null adds nothing. */
	public PdfFactSheet paragraph(String text) {
		if (text != null) {
			this.paragraphs.append("<p>").append(PdfRenderer.escape(text)).append("</p>");
		}
		return this;
	}

	public String title() {
		return this.title;
	}

	/** The body as XHTML. */
	public String body() {
		return "<h1>" + PdfRenderer.escape(this.title) + "</h1><table>" + this.rows + "</table>" + this.paragraphs;
	}

	/** The sheet as a PDF in the given language. */
	public byte[] render(PdfRenderer renderer, String language) {
		return renderer.render(language, this.title, STYLE, body());
	}

}
