package org.paipmanager.referralreports;

import org.paipmanager.shared.PdfRenderer;

import org.springframework.stereotype.Component;

/**
 * Turns a stored report into a PDF with the stylesheet of the letters, titled and in
 * English, through the application's locked-down {@link PdfRenderer}.
 */
@Component
final class ReportPdfRenderer {

	private static final String STYLESHEET = PdfRenderer.stylesheet("static/css/letter.css");

	private final PdfRenderer pdf;

	ReportPdfRenderer(PdfRenderer pdf) {
		this.pdf = pdf;
	}

	byte[] render(ReferralReport report) {
		return this.pdf.render("en", report.subject(), STYLESHEET, report.html());
	}

}
