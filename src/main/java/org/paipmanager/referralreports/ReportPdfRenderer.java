package org.paipmanager.referralreports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns a stored report into a PDF with the stylesheet of the letters, with a title and a
 * document language so screen readers can announce it.
 */
@Component
final class ReportPdfRenderer {

	private final String stylesheet;

	private final Path regular;

	private final Path bold;

	ReportPdfRenderer(
			@Value("${paip.pdf.font-directories:/usr/share/fonts/truetype/dejavu,/usr/share/fonts/dejavu}") List<String> fontDirectories) {
		try (InputStream css = new ClassPathResource("static/css/letter.css").getInputStream()) {
			this.stylesheet = new String(css.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The letter stylesheet is part of the build", ex);
		}
		this.regular = font(fontDirectories, "DejaVuSans.ttf");
		this.bold = font(fontDirectories, "DejaVuSans-Bold.ttf");
		// The renderer logs five lines of progress at INFO to the console for every
		// document, past the application's logging: a batch of 500 reports wrote 2,500.
		// Warnings and errors still show.
		XRLog.listRegisteredLoggers().forEach((logger) -> XRLog.setLevel(logger, Level.WARNING));
	}

	private static Path font(List<String> directories, String name) {
		return directories.stream()
			.map((directory) -> Path.of(directory, name))
			.filter(Files::isReadable)
			.findFirst()
			.orElse(null);
	}

	/** Whether reports are rendered as tagged PDF/UA with an embedded font. */
	boolean tagged() {
		return this.regular != null && this.bold != null;
	}

	byte[] render(ReferralReport report) {
		String document = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>"
				+ "<meta charset=\"utf-8\"/><title>" + HtmlUtils.htmlEscape(report.subject(), "UTF-8")
				+ "</title><meta name=\"subject\" content=\"" + HtmlUtils.htmlEscape(report.subject(), "UTF-8")
				+ "\"/><style>" + this.stylesheet + (tagged() ? "body { font-family: 'DejaVu Sans'; }" : "")
				+ "</style></head><body>" + report.html() + "</body></html>";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			// A report needs nothing from outside the document: no fetches, no files.
			PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode();
			if (tagged()) {
				builder.usePdfUaAccessibility(true)
					.useFont(this.regular.toFile(), "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.NORMAL, true)
					.useFont(this.bold.toFile(), "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.NORMAL, true);
			}
			builder
				.useExternalResourceAccessControl((uri, type) -> false,
						ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
				.useExternalResourceAccessControl((uri, type) -> false,
						ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
				.withHtmlContent(document, null)
				.toStream(out)
				.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render report " + report.id(), ex);
		}
		return out.toByteArray();
	}

}
