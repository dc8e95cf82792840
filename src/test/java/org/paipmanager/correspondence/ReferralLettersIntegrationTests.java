package org.paipmanager.correspondence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.consent.ConsentFixture;
import org.paipmanager.consent.DisclosingInformation;
import org.paipmanager.consent.DisclosureLedgerEntry;
import org.paipmanager.consent.InformationCategory;
import org.paipmanager.AgencyFixture;
import org.paipmanager.WebSession;
import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.participant.Gender;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ReferralNotAwaitingDecision;
import org.paipmanager.participant.ReferralOutcome;
import org.paipmanager.participant.ReferralDecisionCommand;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.participant.ReferralCommand;
import org.paipmanager.participant.ReferralDecisions;
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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReferralLettersIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	ReferralDecisions decisions;

	@Autowired
	CorrespondenceManagement correspondence;

	@Autowired
	AuditLog audit;

	private AgencyFixture fixture;

	private AgencyId agency;

	private WebSession intake;

	@BeforeEach
	void signInIntakeWorker() {
		this.fixture = AgencyFixture.in(this.context);
		this.agency = this.fixture.newAgency();
		this.intake = new WebSession(this.port);
		this.intake.signIn(this.fixture.newUser(this.agency, Role.INTAKE_WORKER));
	}

	@Test
	@DisplayName("PAR-2: accepting a referral moves the participant to screening and writes the letter to the referral source")
	void acceptsAReferralAndWritesTheLetter() {
		ParticipantId id = referred("Alex", "Accepted");
		HttpResponse<String> answer = decide(id, Map.of("outcome", "ACCEPTED"));
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(stage(id)).isEqualTo(ProgramStage.SCREENING);

		List<LetterListing> letters = letters(id);
		assertThat(letters).singleElement().satisfies((letter) -> {
			assertThat(letter.kind()).isEqualTo(CorrespondenceKind.REFERRAL_ACCEPTED);
			assertThat(letter.recipient()).isEqualTo("Probation");
			assertThat(letter.recipientCaseNumber()).isEqualTo("2026-CF-0420");
		});
		String page = this.intake.get("/participants/" + id).body();
		assertThat(page).contains("Referral accepted. Intake screening is due")
			.contains("Screening")
			.doesNotContain("Record decision")
			// PAR-8: the letter answers item I of 501.115(b)(11).
			.containsPattern(
					"id=\"checklist-I\">[^/]*</th>\\s*<td><span class=\"usa-tag bg-green\">In the file</span>");
		String letter = this.intake.get("/participants/" + id + "/correspondence/" + letters.get(0).id()).body();
		assertThat(letter).contains("Referral accepted: Alex Accepted")
			.contains("January 2, 1988")
			.contains("2026-CF-0420")
			.contains("501.230(a)")
			.contains("/css/letter.css");
	}

	@Test
	@DisplayName("PAR-2: rejecting a referral records the coded reason and sanction, and the letter states both and cites 501.230(a)")
	void rejectsAReferralWithReasonAndSanctionInTheLetter() {
		ParticipantId id = referred("Riley", "Rejected");
		HttpResponse<String> answer = decide(id,
				Map.of("outcome", "REJECTED", "rejectionReason", "OUTSIDE_SERVICE_AREA", "alternativeSanction",
						"REFER_TO_ANOTHER_PAIP", "explanation", "Moved to Peoria County in October."));
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(stage(id)).isEqualTo(ProgramStage.NOT_ADMITTED);

		String page = this.intake.get("/participants/" + id).body();
		assertThat(page).contains("Referral rejected. The participant is not admitted")
			.contains("Lives or works outside our service area")
			.contains("Referral to another Partner Abuse Intervention Program")
			.contains("Moved to Peoria County in October.");
		Letter letter = SystemScope.callAs(this.agency, () -> this.correspondence.letter(id, letters(id).get(0).id()));
		assertThat(letter.kind()).isEqualTo(CorrespondenceKind.REFERRAL_REJECTED);
		assertThat(letter.html()).contains("Riley Rejected")
			.contains("Referral not accepted")
			.contains("Lives or works outside our service area")
			.contains("Referral to another Partner Abuse Intervention Program")
			.contains("Explanation: Moved to Peoria County in October.")
			.contains("501.230(a)")
			.doesNotContain("<script")
			.doesNotContain("style=");

		var history = SystemScope.callAs(this.agency, () -> this.decisions.history(id));
		assertThat(history).singleElement().satisfies((decision) -> assertThat(decision.decidedBy()).isNotBlank());
		assertThat(SystemScope.callAs(this.agency, () -> this.audit.recent(30)))
			.anySatisfy((entry) -> assertThat(entry.recordType()).isEqualTo("referral-decision"))
			.anySatisfy((entry) -> {
				assertThat(entry.recordType()).isEqualTo("correspondence");
				assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
			})
			.noneSatisfy((entry) -> assertThat(String.valueOf(entry.detail())).contains("Riley"));
	}

	@Test
	@DisplayName("PAR-8: the letter as PDF starts with %PDF, is an uncached attachment, and the download is audited")
	void servesTheLetterAsAnAuditedPdf() {
		ParticipantId id = referred("Pat", "Pdf");
		decide(id, Map.of("outcome", "REJECTED", "rejectionReason", "LANGUAGE_NOT_OFFERED", "alternativeSanction",
				"RETURN_TO_COURT_FOR_REVIEW"));
		LetterListing letter = letters(id).get(0);
		HttpResponse<byte[]> pdf = bytes("/participants/" + id + "/correspondence/" + letter.id() + ".pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(pdfText(pdf.body())).contains("Pat Pdf")
			.contains("No group in the participant language")
			.contains("Return to the court for review")
			.contains("501.230(a)");
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdf.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"letter-" + letter.id() + ".pdf\"");
		assertThat(pdf.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
		assertThat(SystemScope.callAs(this.agency, () -> this.audit.recent(10))).anySatisfy((entry) -> {
			assertThat(entry.action()).isEqualTo(AuditAction.READ);
			assertThat(entry.recordType()).isEqualTo("correspondence");
			assertThat(entry.recordId()).isEqualTo(letter.id().toString());
			assertThat(entry.detail()).endsWith("pdf");
		});
	}

	@Test
	@DisplayName("PAR-2: a rejection without reason or sanction shows field errors on the page and saves nothing")
	void refusesARejectionWithoutReasonAndSavesNothing() {
		ParticipantId id = referred("Casey", "Incomplete");
		HttpResponse<String> answer = decide(id,
				Map.of("outcome", "REJECTED", "rejectionReason", "", "alternativeSanction", "OTHER"));
		assertThat(answer.statusCode()).isEqualTo(302);
		String page = this.intake.get("/participants/" + id).body();
		assertThat(page).contains("Some fields need your attention.")
			.contains("id=\"rejectionReason-error\"")
			.contains("Choose the reason for rejecting the referral (501.230(a)).")
			.contains("Explain the reason or the recommendation marked Other.");
		assertThat(stage(id)).isEqualTo(ProgramStage.REFERRED);
		assertThat(letters(id)).isEmpty();
		assertThat(SystemScope.callAs(this.agency, () -> this.decisions.history(id))).isEmpty();
		// PAR-8: nothing is due in the correspondence while the referral waits.
		assertThat(page)
			.containsPattern("id=\"checklist-I\">[^/]*</th>\\s*<td><span class=\"usa-tag\">Not due yet</span>");
	}

	@Test
	@DisplayName("PAR-2: deciding a referral twice is refused with a clear message on the page and 409 on the API")
	void refusesASecondDecision() {
		ParticipantId id = referred("Drew", "Twice");
		decide(id, Map.of("outcome", "ACCEPTED"));
		HttpResponse<String> again = this.intake.submit("/participants/" + id,
				"/participants/" + id + "/referral-decision", Map.of("outcome", "ACCEPTED"));
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(this.intake.get("/participants/" + id).body())
			.contains("This referral is not waiting for a decision: the participant is at the stage Screening.");

		HttpResponse<String> api = json(id, "{\"outcome\":\"REJECTED\",\"rejectionReason\":\"REFERRAL_INCOMPLETE\","
				+ "\"alternativeSanction\":\"RETURN_TO_COURT_FOR_REVIEW\"}");
		assertThat(api.statusCode()).isEqualTo(409);
		assertThat(api.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(api.body()).contains("\"stage\":\"SCREENING\"").contains("501.230(a)");
		assertThat(stage(id)).isEqualTo(ProgramStage.SCREENING);
		assertThat(letters(id)).hasSize(1);
	}

	@Test
	@DisplayName("PAR-2: two workers deciding the same referral at once: one decision, one letter, the other refused")
	void decidesOnceUnderConcurrentDecisions() throws Exception {
		ParticipantId id = referred("Casey", "Race");
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.Callable<String> decide = () -> {
			start.await();
			try {
				SystemScope.callAs(this.agency, () -> this.decisions.decide(id,
						new ReferralDecisionCommand(ReferralOutcome.ACCEPTED, null, null, null)));
				return "decided";
			}
			catch (ReferralNotAwaitingDecision ex) {
				return "refused";
			}
		};
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			var first = pool.submit(decide);
			var second = pool.submit(decide);
			start.countDown();
			assertThat(java.util.List.of(first.get(), second.get())).containsExactlyInAnyOrder("decided", "refused");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(letters(id)).hasSize(1);
	}

	@Test
	@DisplayName("PAR-2: the API decides with JSON, answers invalid fields with problem+json, and lists the letters")
	void decidesThroughTheApi() {
		ParticipantId id = referred("Jordan", "Api");
		HttpResponse<String> invalid = json(id, "{\"outcome\":\"REJECTED\",\"alternativeSanction\":\"OTHER\"}");
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(invalid.body()).contains("\"field\":\"rejectionReason\"").contains("\"field\":\"explanation\"");
		assertThat(letters(id)).isEmpty();

		HttpResponse<String> rejected = json(id,
				"{\"outcome\":\"REJECTED\",\"rejectionReason\":\"NOT_A_PARTNER_VIOLENCE_REFERRAL\","
						+ "\"alternativeSanction\":\"RETURN_TO_COURT_FOR_REVIEW\"}");
		assertThat(rejected.statusCode()).isEqualTo(201);
		assertThat(rejected.body()).contains("\"outcome\":\"REJECTED\"");
		HttpResponse<String> list = this.intake
			.send(HttpRequest.newBuilder(URI.create(this.intake.base() + "/api/participants/" + id + "/correspondence"))
				.header("Accept", "application/json")
				.GET()
				.build());
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("\"kind\":\"REFERRAL_REJECTED\"").contains("\"recipient\":\"Probation\"");
	}

	@Test
	@DisplayName("PAR-2: a facilitator, without ELIGIBILITY_DECIDE, sees no decision form and is refused with 403")
	void refusesUsersWhoMayNotDecide() {
		ParticipantId id = referred("Frankie", "Forbidden");
		WebSession facilitator = new WebSession(this.port);
		facilitator.signIn(this.fixture.newUser(this.agency, Role.FACILITATOR));
		assertThat(facilitator.get("/participants/" + id).body()).doesNotContain("Record decision");
		assertThat(facilitator
			.submit("/participants/" + id, "/participants/" + id + "/referral-decision", Map.of("outcome", "ACCEPTED"))
			.statusCode()).isEqualTo(403);
		assertThat(stage(id)).isEqualTo(ProgramStage.REFERRED);
		assertThat(letters(id)).isEmpty();
	}

	/** Referred, with the release to the referral source signed at referral (CON-2). */
	private ParticipantId referred(String firstName, String lastName) {
		ParticipantId id = referredWithoutRelease(firstName, lastName);
		ConsentFixture.in(this.context)
			.release(this.agency, id, ConsentFixture.toReferralSource(LocalDate.of(2026, 11, 2),
					LocalDate.of(2027, 11, 2), InformationCategory.ATTENDANCE_AND_COMPLIANCE));
		return id;
	}

	private ParticipantId referredWithoutRelease(String firstName, String lastName) {
		return SystemScope.callAs(this.agency,
				() -> this.participants
					.refer(new ReferralCommand(firstName, lastName, LocalDate.of(1988, 1, 2), Gender.MALE, false,
							"English", ReferralSource.PROBATION, "2026-CF-0420", LocalDate.of(2026, 11, 2))));
	}

	private HttpResponse<String> decide(ParticipantId id, Map<String, String> fields) {
		return this.intake.submit("/participants/" + id, "/participants/" + id + "/referral-decision", fields);
	}

	@Test
	@DisplayName("CON-2: with no release to the referral source the letter is held, with no PDF, until a release lets it go out through the disclosure service")
	void holdsTheLetterUntilAReleaseCoversIt() {
		ParticipantId id = referredWithoutRelease("Hal", "Held");
		assertThat(decide(id, Map.of("outcome", "ACCEPTED")).statusCode()).isEqualTo(302);
		LetterListing held = letters(id).get(0);
		assertThat(held.sent()).isFalse();
		String letterPage = "/participants/" + id + "/correspondence/" + held.id();
		assertThat(this.intake.get("/participants/" + id).body()).contains("Held: no release");
		assertThat(this.intake.get(letterPage).body()).contains("Held: this letter has not been sent")
			.contains("Attendance and compliance")
			.doesNotContain("Download PDF");
		HttpResponse<byte[]> pdf = bytes(letterPage + ".pdf");
		assertThat(pdf.statusCode()).isEqualTo(303);
		assertThat(pdf.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).contains(letterPage));

		// Sending without a release is refused, with the reason; nothing is disclosed.
		HttpResponse<String> refused = this.intake.submit(letterPage, letterPage + "/send", Map.of());
		assertThat(this.intake.get(URI.create(refused.headers().firstValue("Location").orElseThrow()).getPath()).body())
			.contains("No release of information in force names the referral source");
		assertThat(accounting(id)).isEmpty();

		ConsentFixture.in(this.context)
			.release(this.agency, id, ConsentFixture.toReferralSource(LocalDate.of(2026, 11, 2),
					LocalDate.of(2027, 11, 2), InformationCategory.ATTENDANCE_AND_COMPLIANCE));
		this.intake.submit(letterPage, letterPage + "/send", Map.of());
		LetterListing sent = letters(id).get(0);
		assertThat(sent.sent()).isTrue();
		assertThat(accounting(id)).singleElement().satisfies((entry) -> {
			assertThat(entry.reference()).isEqualTo("correspondence " + held.id());
			assertThat(entry.release()).isNotNull();
			assertThat(entry.categories()).containsExactly(InformationCategory.ATTENDANCE_AND_COMPLIANCE);
		});
		assertThat(bytes(letterPage + ".pdf").statusCode()).isEqualTo(200);
		// A letter goes out once.
		HttpResponse<String> again = this.intake.submit(letterPage, letterPage + "/send", Map.of());
		assertThat(this.intake.get(URI.create(again.headers().firstValue("Location").orElseThrow()).getPath()).body())
			.contains("This letter was already sent.");
		assertThat(accounting(id)).hasSize(1);
	}

	@Test
	@DisplayName("CON-2: a letter covered by the release signed at referral goes out at once, in the disclosure accounting")
	void sendsACoveredLetterAtOnce() {
		ParticipantId id = referred("Cory", "Covered");
		decide(id, Map.of("outcome", "ACCEPTED"));
		assertThat(letters(id).get(0).sent()).isTrue();
		assertThat(accounting(id)).singleElement()
			.satisfies((entry) -> assertThat(entry.description()).isEqualTo("Referral accepted: Cory Covered"));
	}

	private HttpResponse<String> json(ParticipantId id, String body) {
		Matcher matcher = CSRF.matcher(this.intake.get("/participants/" + id).body());
		assertThat(matcher.find()).isTrue();
		return this.intake.send(HttpRequest
			.newBuilder(URI.create(this.intake.base() + "/api/participants/" + id + "/referral-decision"))
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", matcher.group(1))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private HttpResponse<byte[]> bytes(String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.intake.base() + path))
			.header("Cookie", "PAIPSESSION=" + this.intake.cookie("PAIPSESSION").orElseThrow())
			.GET()
			.build();
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String pdfText(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private ProgramStage stage(ParticipantId id) {
		return SystemScope.callAs(this.agency, () -> this.participants.get(id)).stage();
	}

	private List<DisclosureLedgerEntry> accounting(ParticipantId id) {
		return SystemScope.callAs(this.agency, () -> this.context.getBean(DisclosingInformation.class).accounting(id));
	}

	private List<LetterListing> letters(ParticipantId id) {
		return SystemScope.callAs(this.agency, () -> this.correspondence.letters(id));
	}

}
