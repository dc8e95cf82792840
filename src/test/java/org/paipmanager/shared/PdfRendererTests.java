package org.paipmanager.shared;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpServer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PdfRendererTests {

	private final PdfRenderer renderer = new PdfRenderer(
			List.of("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu"));

	private final AtomicInteger fetches = new AtomicInteger();

	private HttpServer server;

	private String origin;

	@TempDir
	Path files;

	@BeforeEach
	void serveAnything() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", (exchange) -> {
			this.fetches.incrementAndGet();
			byte[] body = "body{color:red}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		this.server.start();
		this.origin = "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void refusesEveryExternalResourceOverHttpOrFromAFile() throws IOException {
		Path image = this.files.resolve("photo.png");
		ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", image.toFile());
		Path css = this.files.resolve("extra.css");
		Files.writeString(css, "p{color:red}");
		String style = "@import url('" + this.origin + "/imported.css'); @import url('" + css.toUri() + "');";
		String body = "<h1>Receipt</h1><p>Paid in full</p><img src=\"" + this.origin + "/tracker.png\" alt=\"x\"/>"
				+ "<img src=\"" + image.toUri() + "\" alt=\"photo\"/>" + "<link rel=\"stylesheet\" href=\""
				+ this.origin + "/linked.css\"/>";

		byte[] pdf = this.renderer.render("en", "Receipt 7", style, body);

		assertThat(this.fetches).as("requests the renderer made").hasValue(0);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Receipt").contains("Paid in full");
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getXObjectNames()) {
					assertThat(page.getResources().getXObject(name)).as("an image fetched into the document")
						.isNotInstanceOf(PDImageXObject.class);
				}
			}
		}
	}

	@Test
	void rendersATaggedTitledDocumentInItsLanguageWithTheTitleEscaped() throws IOException {
		assertThat(this.renderer.tagged()).as("DejaVu fonts installed (fonts-dejavu-core)").isTrue();

		byte[] pdf = this.renderer.render("es", "Recibo <7> & más", "p{font-size:11pt}", "<p>Pagado</p>");

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Recibo <7> & más");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("es");
			assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			assertThat(new PDFTextStripper().getText(document)).contains("Pagado");
		}
	}

	@Test
	void showsEveryLabelledValueOfAFactSheet() throws IOException {
		byte[] pdf = new PdfFactSheet("Receipt 12").row("Paid on", "2026-11-02")
			.row("Case number", null)
			.paragraph("(501.270)")
			.paragraph(null)
			.render(this.renderer, "en");

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Receipt 12").contains("Paid on").contains("2026-11-02").contains("(501.270)");
			assertThat(text).contains("Case number");
		}
	}

}
