package org.paipmanager.contract;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.paipmanager.AgencyFixture;
import org.paipmanager.WebSession;
import org.paipmanager.eligibility.EligibilityDecisionCommand;
import org.paipmanager.eligibility.EligibilityDecisions;
import org.paipmanager.eligibility.domain.ScreeningFindings.SubstanceUse;
import org.paipmanager.intake.IntakeScreenings;
import org.paipmanager.intake.ScreeningAnswers;
import org.paipmanager.participant.Gender;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.participant.ReferralCommand;
import org.paipmanager.participant.ReferralSource;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.SystemScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PAR-7: the participant contract from generation to signing, which enrols the
 * participant (PAR-8 C, D); no contract before the screening and an eligible decision.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContractIntegrationTests {

	static final String SIGNATURE = "data:image/png;base64,"
			+ "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

	private static final String TODAY = LocalDate.now().toString();

	private static final String TOMORROW = LocalDate.now().plusDays(1).toString();

	private static final String YESTERDAY = LocalDate.now().minusDays(1).toString();

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	IntakeScreenings screenings;

	@Autowired
	EligibilityDecisions decisions;

	@Autowired
	ContractManagement contracts;

	private AgencyFixture fixture;

	private AgencyId agency;

	private ParticipantId participant;

	private WebSession intake;

	private String page;

	@BeforeEach
	void referParticipant() {
		this.fixture = AgencyFixture.in(this.context);
		this.agency = this.fixture.newAgency();
		this.participant = SystemScope.callAs(this.agency,
				() -> this.participants.refer(new ReferralCommand("Luis", "Contract", LocalDate.of(1979, 2, 2),
						Gender.MALE, false, "Spanish", ReferralSource.COURT, "2026-DV-12", LocalDate.of(2026, 11, 2))));
		this.intake = new WebSession(this.port);
		this.intake.signIn(this.fixture.newUser(this.agency, Role.INTAKE_WORKER));
		this.page = "/participants/" + this.participant + "/contract";
	}

	@Test
	@DisplayName("PAR-7: no contract before a completed screening and an eligible decision")
	void refusesAContractBeforeEligibility() {
		HttpResponse<String> refused = this.intake.submit(this.page, this.page + "/generate",
				Map.of("language", "en", "sessionsRequired", "24", "feePerSession", "20.00"));
		assertThat(refused.body())
			.contains("A contract follows a completed screening (501.115(b)). Complete the screening first.");
		SystemScope.callAs(this.agency, () -> {
			ScreeningAnswers.completeFor(this.screenings, this.participants, this.participant,
					LocalDate.of(2026, 11, 3));
			return null;
		});
		refused = this.intake.submit(this.page, this.page + "/generate",
				Map.of("language", "en", "sessionsRequired", "24", "feePerSession", "20.00"));
		assertThat(refused.body()).contains("Only a participant found eligible (501.125) is given a contract.");
		assertThat(refused.body()).doesNotContain("id=\"contract-text\"");
	}

	@Test
	@DisplayName("PAR-7/PAR-8: the contract holds every clause of 501.155 and 501.220(b); signing enrols and sets the start date")
	void generatesAndSignsTheContract() {
		makeEligible();
		String form = this.intake.get(this.page).body();
		// Spanish is chosen for a participant who asked for Spanish at referral.
		assertThat(form).contains("<option value=\"es\" selected=\"selected\">Spanish</option>");
		HttpResponse<String> generated = this.intake.submit(this.page, this.page + "/generate",
				Map.of("language", "en", "sessionsRequired", "26", "feePerSession", "25.5"));
		assertThat(generated.statusCode()).isEqualTo(302);
		String contract = this.intake.get(this.page).body();
		assertThat(contract).contains("Participant contract: ")
			.contains("I, Luis Contract, will attend 26 weekly group sessions")
			.contains("The fee is $25.50 per session")
			.contains("(501.220)")
			.contains("4. The fee")
			.contains("Template version 1, English");

		HttpResponse<String> signed = sign(Map.of("signerName", "  luis   CONTRACT ", "signedOn", TODAY,
				"programStartDate", TOMORROW, "signatureDataUrl", SIGNATURE), null);
		assertThat(signed.statusCode()).isEqualTo(302);
		ParticipantDetails enrolled = details();
		assertThat(enrolled.stage()).isEqualTo(ProgramStage.ENROLLED);
		assertThat(enrolled.programStartDate()).isEqualTo(LocalDate.parse(TOMORROW));
		String after = this.intake.get(this.page).body();
		assertThat(after).contains("The signing was recorded. The participant is enrolled.")
			.contains("Signed by luis   CONTRACT on " + TODAY)
			.contains("Program start: " + TOMORROW)
			.doesNotContain("Record the signing</button>");
		HttpResponse<String> image = this.intake.get(this.page + "/signature");
		assertThat(image.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/png");
		assertThat(image.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		String file = this.intake.get("/participants/" + this.participant).body();
		assertThat(file).containsPattern(
				"id=\"checklist-C\">[^<]*<th scope=\"row\">C\\) Signed participation contract</th>\\s*<td><span class=\"usa-tag bg-green\">")
			.containsPattern(
					"id=\"checklist-D\">[^<]*<th scope=\"row\">D\\) Date of program start</th>\\s*<td><span class=\"usa-tag bg-green\">");
		// Signed once: a second signing is refused.
		assertThat(sign(Map.of("signerName", "Luis Contract", "signedOn", TODAY, "programStartDate", TOMORROW,
				"signatureDataUrl", SIGNATURE), null)
			.body()).contains("The contract is signed and is not changed.");
	}

	@Test
	@DisplayName("PAR-7: a signing with another name, no signature or a start before signing saves nothing")
	void refusesABadSigning() {
		makeEligible();
		this.intake.submit(this.page, this.page + "/generate",
				Map.of("language", "en", "sessionsRequired", "24", "feePerSession", "0"));
		String page = sign(Map.of("signerName", "Somebody Else", "signedOn", TODAY, "programStartDate", TOMORROW,
				"signatureDataUrl", ""), null)
			.body();
		assertThat(page).contains("The name must be the participant&#39;s full name as it is on the file.")
			.contains("Draw the signature on the screen or upload the signed scan.");
		page = sign(Map.of("signerName", "Luis Contract", "signedOn", TODAY, "programStartDate", YESTERDAY,
				"signatureDataUrl", SIGNATURE), null)
			.body();
		assertThat(page).contains("The program cannot start before the contract is signed.");
		page = sign(Map.of("signerName", "Luis Contract", "signedOn", TODAY, "programStartDate", TOMORROW,
				"signatureDataUrl", "data:image/png;base64,TVqQAAMAAAAEAAAA"), null)
			.body();
		assertThat(page).contains("The drawn signature could not be read.");
		page = sign(Map.of("signerName", "Luis Contract", "signedOn", TODAY, "programStartDate", TOMORROW),
				"MZ-not-a-scan".getBytes(StandardCharsets.US_ASCII))
			.body();
		assertThat(page).contains("The scan must be a whole PDF, PNG or JPEG file");
		assertThat(details().stage()).isEqualTo(ProgramStage.ELIGIBLE);
		assertThat(details().programStartDate()).isNull();

		HttpResponse<String> scanned = sign(
				Map.of("signerName", "Luis Contract", "signedOn", TODAY, "programStartDate", TOMORROW), Scans.pdf());
		assertThat(scanned.statusCode()).isEqualTo(302);
		assertThat(this.intake.get(this.page + "/scan").headers().firstValue("Content-Type").orElseThrow())
			.isEqualTo("application/pdf");
	}

	@Test
	@DisplayName("PAR-7: two workers generating one contract at once: one contract, the other told of the conflict")
	void generatesOneContractUnderConcurrentRequests() throws Exception {
		makeEligible();
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.Callable<String> generate = () -> {
			start.await();
			try {
				SystemScope.callAs(this.agency, () -> this.contracts.generate(this.participant,
						new ContractCommand("en", 24, java.math.BigDecimal.TEN)));
				return "generated";
			}
			catch (org.springframework.dao.OptimisticLockingFailureException ex) {
				return "conflict";
			}
		};
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			var first = pool.submit(generate);
			var second = pool.submit(generate);
			start.countDown();
			// Either the second ran after the first (and generated anew) or it
			// conflicted.
			assertThat(java.util.List.of(first.get(), second.get())).contains("generated")
				.allMatch((result) -> result.equals("generated") || result.equals("conflict"));
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(SystemScope.callAs(this.agency, () -> this.contracts.find(this.participant))).isPresent();
	}

	@Test
	@DisplayName("PAR-7: the Spanish contract is generated from the Spanish template")
	void generatesTheSpanishContract() {
		makeEligible();
		this.intake.submit(this.page, this.page + "/generate",
				Map.of("language", "es", "sessionsRequired", "24", "feePerSession", "10"));
		assertThat(this.intake.get(this.page).body()).contains("lang=\"es\"")
			.contains("Contrato del participante: ")
			.contains("Yo, Luis Contract, asistiré a 24 sesiones semanales")
			.contains("La tarifa es de $10.00 por sesión")
			.contains("Template version 1, Spanish");
	}

	@Test
	@DisplayName("PAR-7: templates are versioned; a new contract uses the newest version, a missing clause is refused")
	void versionsTheTemplates() {
		WebSession director = new WebSession(this.port);
		director.signIn(this.fixture.newUser(this.agency, Role.PROGRAM_DIRECTOR));
		Map<String, String> wording = new HashMap<>(Map.of("language", "en", "title", "Agreement with {program}",
				"attendance", "{participant} attends {sessions} sessions.", "participation", "Takes part.", "behaviour",
				"No violence or threats.", "fee", "{fee} each week.", "violenceReporting",
				"New violence is reported (501.220).", "consequences", "Violations are reported."));
		wording.put("consequences", " ");
		assertThat(director.submit("/contract-templates/new?language=en", "/contract-templates", wording).body())
			.contains("This field is required.");
		wording.put("consequences", "Violations are reported to the court.");
		assertThat(director.submit("/contract-templates/new?language=en", "/contract-templates", wording).statusCode())
			.isEqualTo(302);
		assertThat(director.get("/contract-templates").body()).contains("Agreement with {program}")
			.contains("Version 2 was saved.");
		makeEligible();
		this.intake.submit(this.page, this.page + "/generate",
				Map.of("language", "en", "sessionsRequired", "24", "feePerSession", "15"));
		assertThat(this.intake.get(this.page).body()).contains("Luis Contract attends 24 sessions.")
			.contains("$15.00 each week.")
			.contains("Template version 2, English");
		WebSession facilitator = new WebSession(this.port);
		facilitator.signIn(this.fixture.newUser(this.agency, Role.FACILITATOR));
		assertThat(facilitator.get("/contract-templates/new?language=en").statusCode()).isEqualTo(403);
	}

	@Test
	@DisplayName("PAR-7: the API generates and signs, and answers problem+json when the participant is not ready")
	void worksThroughTheApi() {
		String api = "/api/participants/" + this.participant + "/contract";
		HttpResponse<String> refused = this.intake.json("POST", api,
				"{\"language\":\"en\",\"sessionsRequired\":24,\"feePerSession\":20}");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
		assertThat(refused.body()).contains("Complete the screening first.");
		makeEligible();
		assertThat(this.intake.json("POST", api, "{\"language\":\"en\",\"sessionsRequired\":12,\"feePerSession\":20}")
			.statusCode()).isEqualTo(400);
		HttpResponse<String> generated = this.intake.json("POST", api,
				"{\"language\":\"en\",\"sessionsRequired\":24,\"feePerSession\":20}");
		assertThat(generated.statusCode()).as(generated.body()).isEqualTo(200);
		HttpResponse<String> signed = this.intake.json("POST", api + "/signing",
				"{\"version\":0,\"signedOn\":\"" + TODAY + "\",\"signerName\":\"Luis Contract\",\"programStartDate\":\""
						+ TOMORROW + "\",\"signatureDataUrl\":\"" + SIGNATURE + "\"}");
		assertThat(signed.statusCode()).isEqualTo(200);
		assertThat(signed.body()).contains("\"signedOn\":\"" + TODAY + "\"").doesNotContain("iVBOR");
		assertThat(details().stage()).isEqualTo(ProgramStage.ENROLLED);
	}

	private void makeEligible() {
		SystemScope.callAs(this.agency, () -> {
			ScreeningAnswers.completeFor(this.screenings, this.participants, this.participant,
					LocalDate.of(2026, 11, 3));
			this.decisions.decide(this.participant, new EligibilityDecisionCommand(true, false, false, false, false,
					false, false, false, false, SubstanceUse.NONE, false, false, null, ""));
			return null;
		});
	}

	private ParticipantDetails details() {
		return SystemScope.callAs(this.agency, () -> this.participants.get(this.participant));
	}

	/** Posts the signing form as multipart, with an optional scan. */
	private HttpResponse<String> sign(Map<String, String> fields, byte[] scan) {
		String form = this.intake.get(this.page).body();
		Matcher version = VERSION.matcher(form);
		Map<String, String> all = new HashMap<>(fields);
		// A signed contract's page has no signing form: post as of the first version.
		all.put("version", version.find() ? version.group(1) : "1");
		all.put("_csrf", WebSession.csrfToken(form));
		String boundary = "paip" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		all.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		if (scan != null) {
			body.writeBytes(("--" + boundary
					+ "\r\nContent-Disposition: form-data; name=\"scan\"; filename=\"signed.pdf\"\r\nContent-Type: application/octet-stream\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(scan);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.intake.send(HttpRequest.newBuilder(URI.create(this.intake.base() + this.page + "/sign"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

}
