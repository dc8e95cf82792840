package org.paipmanager.contract;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.paipmanager.AgencyFixture;
import org.paipmanager.FuzzSupport;
import org.paipmanager.OwnerDatabase;
import org.paipmanager.WebSession;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.SystemScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, uploads: both file uploads of the application, the signed contract scan and
 * the HSDS directory import, decide what a file is from its bytes (never its declared
 * type or name), refuse a file over their own limit with their own message and a file
 * over the servlet limit with a 413, and never use the uploaded name as a path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadChecksIntegrationTests {

	private static final byte[] HTML = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ZIP_END = { 'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Environment environment;

	@Test
	@DisplayName("PAR-7: a polyglot or mismatched scan is refused whatever its name and declared type, and nothing is signed")
	void refusesPolyglotAndMismatchedScans() {
		ReadyToSign ready = ReadyToSign.prepare(this.context, this.port);
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("HTML named signed.pdf", HTML);
		files.put("a PDF with a ZIP archive appended", concat(Scans.pdf(), ZIP_END));
		files.put("a PNG with HTML appended", concat(Scans.image("png"), HTML));
		files.put("a JPEG with HTML appended", concat(Scans.image("jpeg"), HTML));
		files.put("HTML behind a JPEG signature", concat(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, HTML,
				new byte[] { (byte) 0xFF, (byte) 0xD9 }));
		files.put("HTML behind a PDF header", concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), HTML,
				"\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
		files.put("a GIF", concat("GIF89a".getBytes(StandardCharsets.US_ASCII), HTML));
		files.put("an SVG with a script",
				"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.US_ASCII));
		files.put("half a PDF", Arrays.copyOf(Scans.pdf(), Scans.pdf().length / 2));
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			HttpResponse<String> answer = ready.sign("Luis Upload", "signed.pdf", "application/pdf", file.getValue());
			assertThat(answer.statusCode()).as(file.getKey()).isEqualTo(200);
			assertThat(answer.body()).as(file.getKey())
				.contains("The scan must be a whole PDF, PNG or JPEG file")
				.doesNotContain("<script>alert(1)");
		}
		assertThat(stage(ready)).isEqualTo(ProgramStage.ELIGIBLE);
		assertThat(ready.intake().get(ready.page() + "/scan").statusCode()).isEqualTo(404);
		// The real thing under a misleading name and type is taken for what it is.
		HttpResponse<String> png = ready.sign("Luis Upload", "contract.pdf", "application/pdf", Scans.image("png"));
		assertThat(png.statusCode()).as(png.body()).isEqualTo(302);
		assertThat(ready.intake().get(ready.page() + "/scan").headers().firstValue("Content-Type"))
			.hasValue("image/png");
	}

	@Test
	@DisplayName("PAR-7, COO-1: an oversized upload is refused with its form's limit, or with a 413 over the servlet limit, never a 5xx")
	void refusesOversizedUploads() {
		ReadyToSign ready = ReadyToSign.prepare(this.context, this.port);
		byte[] pdf = Scans.pdf();
		byte[] overScanLimit = Arrays.copyOf(pdf, 5 * 1024 * 1024 + 1);
		HttpResponse<String> scan = ready.sign("Luis Upload", "big.pdf", "application/pdf", overScanLimit);
		assertThat(scan.statusCode()).isEqualTo(200);
		assertThat(scan.body()).contains("The scan is larger than 5 MB.");
		HttpResponse<String> overServlet = ready.sign("Luis Upload", "huge.pdf", "application/pdf",
				Arrays.copyOf(pdf, 7 * 1024 * 1024));
		assertThat(overServlet.statusCode()).isEqualTo(413);
		assertThat(overServlet.body()).contains("The file is too large");
		FuzzSupport.assertNoLeak(overServlet.body(), "413 page");
		assertThat(stage(ready)).isEqualTo(ProgramStage.ELIGIBLE);

		WebSession director = director(ready);
		byte[] overHsdsLimit = ("{\"organizations\":[]," + " ".repeat(1024 * 1024) + "}")
			.getBytes(StandardCharsets.US_ASCII);
		HttpResponse<String> hsds = FuzzSupport.multipart(director, "/agency/directory/import",
				"/agency/directory/import", Map.of(), "file", "directory.json", "application/json", overHsdsLimit);
		assertThat(hsds.statusCode()).isEqualTo(200);
		assertThat(hsds.body()).contains("an HSDS directory file may be up to 1 MB");
		HttpResponse<String> hsdsOverServlet = FuzzSupport.multipart(director, "/agency/directory/import",
				"/agency/directory/import", Map.of(), "file", "directory.json", "application/json",
				new byte[7 * 1024 * 1024]);
		assertThat(hsdsOverServlet.statusCode()).isEqualTo(413);
	}

	@Test
	@DisplayName("PAR-7, COO-1: an uploaded name like ../../etc/passwd is never a path: the scan is kept in the contract's row, the name only as cleaned audit metadata; a name with NUL (con.pdf\\u0000.exe) is refused")
	void neverUsesTheUploadedNameAsAPath() throws Exception {
		Map<String, String> names = Map.of("../../etc/passwd", "scan application/pdf passwd",
				"C:/Windows/../con.pdf .exe", "scan application/pdf con.pdf_.exe");
		for (Map.Entry<String, String> name : names.entrySet()) {
			ReadyToSign ready = ReadyToSign.prepare(this.context, this.port);
			byte[] pdf = Scans.pdf();
			HttpResponse<String> signed = ready.sign("Luis Upload", name.getKey(), "application/x-msdownload", pdf);
			assertThat(signed.statusCode()).as(signed.body()).isEqualTo(302);
			HttpResponse<String> stored = ready.intake().get(ready.page() + "/scan");
			assertThat(stored.headers().firstValue("Content-Type")).hasValue("application/pdf");
			assertThat(stored.headers().firstValue("Content-Disposition"))
				.hasValue("inline; filename=\"signed-contract\"");
			assertThat(stored.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(stored.body()).startsWith("%PDF-");
			List<String> audit = audit(ready);
			assertThat(audit).anyMatch((row) -> row.contains(name.getValue()))
				.noneMatch((row) -> row.contains("/etc") || row.contains("..") || row.contains("Windows"));
			assertThat(ready.intake().get(ready.page()).body()).doesNotContain("etc/passwd").doesNotContain("con.pdf");

			HttpResponse<String> hsds = FuzzSupport.multipart(director(ready), "/agency/directory/import",
					"/agency/directory/import", Map.of(), "file", name.getKey(), "application/pdf",
					"{\"organizations\":[{\"id\":\"x\",\"name\":\"Named Upload\"}]}".getBytes(StandardCharsets.UTF_8));
			assertThat(hsds.statusCode()).isEqualTo(200);
			assertThat(hsds.body()).contains("Named Upload").doesNotContain("etc/passwd").doesNotContain("con.pdf");
		}

		// Tomcat refuses a file name with a NUL character before the application sees it:
		// a 400 page of the application, nothing signed.
		ReadyToSign ready = ReadyToSign.prepare(this.context, this.port);
		HttpResponse<String> nul = ready.sign("Luis Upload", "con.pdf\u0000.exe", "application/pdf", Scans.pdf());
		assertThat(nul.statusCode()).isEqualTo(400);
		assertThat(nul.body()).contains("The request could not be processed.").doesNotContain("con.pdf");
		FuzzSupport.assertNoLeak(nul.body(), "400 page");
		assertThat(stage(ready)).isEqualTo(ProgramStage.ELIGIBLE);
	}

	@Test
	@DisplayName("COO-1: the HSDS import sniffs JSON from the bytes: a PDF or HTML named directory.json is refused, JSON named scan.pdf is read")
	void sniffsTheDirectoryFile() {
		ReadyToSign ready = ReadyToSign.prepare(this.context, this.port);
		WebSession director = director(ready);
		for (byte[] file : List.of(Scans.pdf(), HTML, concat(Scans.image("png"), "{}".getBytes()))) {
			HttpResponse<String> answer = FuzzSupport.multipart(director, "/agency/directory/import",
					"/agency/directory/import", Map.of(), "file", "directory.json", "application/json", file);
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(answer.body()).contains("The file is not JSON.");
		}
	}

	private WebSession director(ReadyToSign ready) {
		WebSession director = new WebSession(this.port);
		director.signIn(AgencyFixture.in(this.context).newUser(ready.agency(), Role.PROGRAM_DIRECTOR));
		return director;
	}

	private ProgramStage stage(ReadyToSign ready) {
		return SystemScope.callAs(ready.agency(),
				() -> this.context.getBean(ParticipantManagement.class).get(ready.participant()).stage());
	}

	private List<String> audit(ReadyToSign ready) throws Exception {
		List<String> rows = new ArrayList<>();
		try (Connection owner = OwnerDatabase.connect(this.environment);
				PreparedStatement statement = owner
					.prepareStatement("select a::text from audit_log a where agency_id = ? and record_type = ?")) {
			statement.setObject(1, ready.agency().value());
			statement.setString(2, ContractManagement.RECORD_TYPE);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					rows.add(rs.getString(1));
				}
			}
		}
		return rows;
	}

	private static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		byte[] all = new byte[length];
		int at = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, at, part.length);
			at += part.length;
		}
		return all;
	}

}
