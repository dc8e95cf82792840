package org.paipmanager.agency;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.DisplayName;
import org.paipmanager.AgencyFixture;
import org.paipmanager.FuzzSupport;
import org.paipmanager.WebSession;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.SystemScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, bad input: the Open Referral HSDS 3.0 directory import (COO-1) fuzzed by
 * Jazzer. Whatever the file, the import either takes it or refuses it with
 * {@link PartnerAgencyRefused}; through the upload page and the API it is never a server
 * error and never shows a stack trace. The seed corpus is under
 * {@code HsdsImportFuzzTestsInputs}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HsdsImportFuzzTests {

	private static AgencyId agency;

	private static WebSession director;

	private static int directorPort;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	SharingDirectory sharing;

	@FuzzTest(maxDuration = "3m")
	@DisplayName("COO-1: any HSDS file is imported or refused with the import's own refusal, nothing else")
	void importsOrRefusesAnyFile(byte[] file) {
		AgencyId into = agency();
		for (boolean preview : new boolean[] { true, false }) {
			try {
				HsdsImportPreview result = SystemScope.callAs(into,
						() -> preview ? this.sharing.preview(file) : this.sharing.importFile(file));
				assertThat(result.lines()).isNotEmpty();
			}
			catch (PartnerAgencyRefused refused) {
				assertThat(refused.problems()).containsKey("file");
			}
		}
	}

	@FuzzTest(maxDuration = "3m")
	@DisplayName("COO-1: any HSDS file uploaded on the import page or sent to the API answers without a 5xx or a stack trace")
	void answersAnyUploadWithoutServerError(byte[] file) {
		WebSession session = director();
		HttpResponse<String> page = FuzzSupport.multipart(session, "/agency/directory/import",
				"/agency/directory/import", Map.of(), "file", "directory.json", "application/json", file);
		FuzzSupport.assertAnswered(page, "import page");
		assertThat(page.statusCode()).isEqualTo(200);
		String document = new String(file, StandardCharsets.UTF_8);
		HttpResponse<String> api = session.json("POST", "/api/partner-agencies/hsds?preview=true", document);
		FuzzSupport.assertAnswered(api, "HSDS API");
	}

	private AgencyId agency() {
		synchronized (HsdsImportFuzzTests.class) {
			if (agency == null) {
				agency = AgencyFixture.in(this.context).newAgency();
			}
			return agency;
		}
	}

	private WebSession director() {
		synchronized (HsdsImportFuzzTests.class) {
			if (director == null || directorPort != this.port) {
				director = new WebSession(this.port);
				director.signIn(AgencyFixture.in(this.context).newUser(agency(), Role.PROGRAM_DIRECTOR));
				directorPort = this.port;
			}
			return director;
		}
	}

}
