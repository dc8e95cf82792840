package org.paipmanager.shared;

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
 * The one way the application turns HTML into a PDF: the document is locked down, so
 * nothing outside it is fetched (no http or file URL, no image, no stylesheet, no CSS
 * import, neither before nor after the renderer resolves a URI), and, when the configured
 * fonts are found, it is a tagged PDF/UA with the font embedded, a title and a language
 * for screen readers.
 */
@Component
public final class PdfRenderer {

	private static final String FONT = "DejaVu Sans";

	private final Path regular;

	private final Path bold;

	public PdfRenderer(
			@Value("${paip.pdf.font-directories:/usr/share/fonts/truetype/dejavu,/usr/share/fonts/dejavu}") List<String> fontDirectories) {
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

	/** Whether documents are rendered as tagged PDF/UA with an embedded font. */
	public boolean tagged() {
		return this.regular != null && this.bold != null;
	}

	/**
	 * A PDF of one XHTML document made of the given parts.
	 * @param language the document language ({@code en}, {@code es})
	 * @param title the document title and subject, as plain text
	 * @param style the CSS of the document, without {@code <style>}
	 * @param body well-formed XHTML of the body, without {@code <body>}
	 * @return the PDF
	 */
	public byte[] render(String language, String title, String style, String body) {
		String escapedTitle = escape(title);
		String document = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + escape(language)
				+ "\"><head><meta charset=\"utf-8\"/><title>" + escapedTitle
				+ "</title><meta name=\"subject\" content=\"" + escapedTitle + "\"/><style>" + style
				+ (tagged() ? "body { font-family: '" + FONT + "'; }" : "") + "</style></head><body>" + body
				+ "</body></html>";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode();
			if (tagged()) {
				builder.usePdfUaAccessibility(true)
					.useFont(this.regular.toFile(), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true)
					.useFont(this.bold.toFile(), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
			}
			// A document needs nothing from outside itself: no fetches, no files.
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
			throw new UncheckedIOException("Could not render a PDF document", ex);
		}
		return out.toByteArray();
	}

	/** Text escaped for XHTML; null is empty. */
	public static String escape(String text) {
		return HtmlUtils.htmlEscape((text != null) ? text : "", "UTF-8");
	}

	/** A stylesheet that is part of the build, e.g. {@code static/css/letter.css}. */
	public static String stylesheet(String classpathLocation) {
		try (InputStream css = new ClassPathResource(classpathLocation).getInputStream()) {
			return new String(css.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The stylesheet " + classpathLocation + " is part of the build", ex);
		}
	}

}
