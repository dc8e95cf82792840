package org.paipmanager.correspondence;

import org.paipmanager.shared.PdfRenderer;

import org.springframework.stereotype.Component;

/**
 * Turns a stored letter into a PDF with the stylesheet of the printable page, through the
 * application's locked-down {@link PdfRenderer}. The letter's HTML is well-formed XHTML
 * by construction (see {@code correspondence/letter-referral.html}).
 */
@Component
final class LetterPdfRenderer {

	private static final String STYLESHEET = PdfRenderer.stylesheet("static/css/letter.css");

	private final PdfRenderer pdf;

	LetterPdfRenderer(PdfRenderer pdf) {
		this.pdf = pdf;
	}

	byte[] render(Letter letter) {
		return this.pdf.render("en", letter.subject(), STYLESHEET, letter.html());
	}

}
