package org.paipmanager.correspondence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns a stored letter into a PDF with the stylesheet of the printable page. The
 * letter's HTML is well-formed XHTML by construction (see
 * {@code correspondence/letter-referral.html}).
 */
@Component
final class LetterPdfRenderer {

	private final String stylesheet;

	LetterPdfRenderer() {
		try (InputStream css = new ClassPathResource("static/css/letter.css").getInputStream()) {
			this.stylesheet = new String(css.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The letter stylesheet is part of the build", ex);
		}
	}

	byte[] render(Letter letter) {
		String document = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>"
				+ "<meta charset=\"utf-8\"/><title>" + HtmlUtils.htmlEscape(letter.subject(), "UTF-8")
				+ "</title><style>" + this.stylesheet + "</style></head><body>" + letter.html() + "</body></html>";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			// A letter needs nothing from outside the document: no fetches, no files.
			PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode()
				.useExternalResourceAccessControl((uri, type) -> false,
						ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
				.useExternalResourceAccessControl((uri, type) -> false,
						ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
				.withHtmlContent(document, null)
				.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render letter " + letter.id(), ex);
		}
		return out.toByteArray();
	}

}
