package org.paipmanager.correspondence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.consent.ConsentFixture;
import org.paipmanager.consent.ConsentManagement;
import org.paipmanager.consent.InformationCategory;
import org.paipmanager.AgencyFixture;
import org.paipmanager.WebSession;
import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.eligibility.EligibilityDecisionCommand;
import org.paipmanager.eligibility.EligibilityDecisions;
import org.paipmanager.eligibility.domain.EligibilityProposal.Outcome;
import org.paipmanager.eligibility.domain.ScreeningFindings.SubstanceUse;
import org.paipmanager.intake.IntakeScreenings;
import org.paipmanager.intake.ScreeningAnswers;
import org.paipmanager.participant.Gender;
import org.paipmanager.participant.ParticipantManagement;
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
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EligibilityLettersIntegrationTests {

	private static final LocalDate SCREENED_ON = LocalDate.of(2026, 11, 2);

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
	CorrespondenceManagement correspondence;

	@Autowired
	AuditLog audit;

	@Autowired
	TransactionTemplate transactions;

	private AgencyId agency;

	private WebSession intake;

	@BeforeEach
	void signInIntakeWorker() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		this.agency = fixture.newAgency();
		this.intake = new WebSession(this.port);
		this.intake.signIn(fixture.newUser(this.agency, Role.INTAKE_WORKER));
	}

	@Test
	@DisplayName("PAR-4: no partner violence after a non-partner referral: the referral source is told services are not appropriate, with the referral recommendation, citing 501.125(a), 501.125(d), 501.230(d)")
	void tellsTheReferralSourceThatServicesAreNotAppropriate() {
		ParticipantId id = screened("Nico", "Notappropriate");
		decide(id, findings().nonPartnerReferral().build());

		Letter letter = onlyLetter(id, CorrespondenceKind.ELIGIBILITY_NOT_APPROPRIATE);
		assertThat(letter.recipient()).isEqualTo("Probation");
		assertThat(letter.subject())
			.isEqualTo("Partner abuse intervention services not appropriate: Nico Notappropriate");
		assertThat(letter.html()).contains("Partner abuse intervention services are therefore not appropriate")
			.contains("We refer Nico Notappropriate back to you and recommend a referral")
			.contains("501.125(a): ")
			.contains("501.125(d): ")
			.contains("501.230(d): ");
		opensAsPageAndPdf(id, letter, "501.230(d)");
		audited(letter);
	}

	@Test
	@DisplayName("PAR-4: no partner violence after a partner referral: services not appropriate, with no referral recommendation")
	void leavesOutTheRecommendationForAPartnerViolenceReferral() {
		ParticipantId id = screened("Nell", "Nohistory");
		decide(id, findings().build());

		Letter letter = onlyLetter(id, CorrespondenceKind.ELIGIBILITY_NOT_APPROPRIATE);
		assertThat(letter.html()).contains("501.125(a): ").doesNotContain("501.230(d)").doesNotContain("refer Nell");
	}

	@Test
	@DisplayName("PAR-4: a generally violent person is excluded and the referral source is told, citing 501.125(b)(1)")
	void tellsTheReferralSourceOfAnExclusionWithItsSection() {
		ParticipantId id = screened("Gale", "General");
		decide(id, findings().partnerViolence().generallyViolent().build());

		Letter letter = onlyLetter(id, CorrespondenceKind.ELIGIBILITY_EXCLUDED);
		assertThat(letter.html()).contains("Excluded from the program")
			.contains(
					"501.125(b)(1): partner abuse intervention services are not appropriate for individuals who are generally violent");
		opensAsPageAndPdf(id, letter, "501.125(b)(1)");
		audited(letter);
	}

	@Test
	@DisplayName("PAR-4: a person who would disrupt the group is excluded and the referral source is told, citing 501.125(d)(2)")
	void tellsTheReferralSourceOfADisruptionExclusion() {
		ParticipantId id = screened("Dale", "Disrupt");
		decide(id, findings().partnerViolence().wouldDisrupt().build());

		assertThat(onlyLetter(id, CorrespondenceKind.ELIGIBILITY_EXCLUDED).html())
			.contains("501.125(d)(2): the program excludes individuals who would disrupt the group.");
	}

	@Test
	@DisplayName("PAR-4: a person who cannot benefit is referred for treatment, and the letter gives the criteria for re-entry (501.125(d)(1))")
	void tellsTheReferralSourceOfATreatmentReferralWithReentryCriteria() {
		ParticipantId id = screened("Cary", "Cannot");
		decide(id, findings().partnerViolence().cannotBenefit().build());

		Letter letter = onlyLetter(id, CorrespondenceKind.ELIGIBILITY_TREATMENT_REFERRAL);
		assertThat(letter.html()).contains("Cary Cannot cannot benefit from the program at this time")
			.contains("Criteria for re-entry: Cary Cannot may re-enter the program")
			.contains("501.125(d)(1): ")
			.doesNotContain("Substance use");
		opensAsPageAndPdf(id, letter, "501.125(d)(1)");
		audited(letter);
	}

	@Test
	@DisplayName("PAR-6: substance use that impairs benefit sends the participant back with treatment recommendations and re-entry criteria (501.135(c))")
	void refersBackWithTreatmentRecommendationsWhenSubstanceUseImpairs() {
		ParticipantId id = screened("Sam", "Impaired");
		decide(id, findings().partnerViolence().substance(SubstanceUse.IMPAIRS_ABILITY_TO_BENEFIT).build());

		Letter letter = onlyLetter(id, CorrespondenceKind.ELIGIBILITY_TREATMENT_REFERRAL);
		assertThat(letter.html()).contains("We refer Sam Impaired back to you with these treatment recommendations")
			.contains("Criteria for re-entry")
			.contains("501.135(c): ");
		opensAsPageAndPdf(id, letter, "501.135(c)");
		audited(letter);
	}

	@Test
	@DisplayName("PAR-6: possible substance abuse in an eligible person: one letter saying eligible, with the treatment recommendation (501.135(a))")
	void noticesTheTreatmentRecommendationOfAnEligiblePerson() {
		ParticipantId id = screened("Pat", "Possible");
		decide(id, findings().partnerViolence().substance(SubstanceUse.POSSIBLE).build());

		Letter letter = onlyLetter(id, CorrespondenceKind.ELIGIBILITY_SUBSTANCE_RECOMMENDATION);
		assertThat(letter.html()).contains("Pat Possible is eligible for the program")
			.contains("We recommend an assessment by a licensed substance-abuse treatment provider")
			.contains("501.135(a): ");
		opensAsPageAndPdf(id, letter, "501.135(a)");
		audited(letter);
	}

	@Test
	@DisplayName("PAR-4: a plain eligible decision writes no letter: the referral acceptance letter already went out")
	void writesNoLetterForAPlainEligibleDecision() {
		ParticipantId id = screened("Eli", "Eligible");
		decide(id, findings().partnerViolence().build());

		assertThat(letters(id)).isEmpty();
	}

	@Test
	@DisplayName("PAR-5: a person identified as a victim: the referring agency is told a victim-services referral was made, citing 501.230(e) and 501.125(d)(3)")
	void tellsTheReferringAgencyOfAVictimServicesReferral() {
		ParticipantId id = screened("Vic", "Referred");
		decide(id, findings().partnerViolence().identifiedAsVictim().build());

		Letter letter = onlyLetter(id, CorrespondenceKind.ELIGIBILITY_VICTIM_SERVICES_REFERRAL);
		assertThat(letter.subject()).isEqualTo("Referral to victim services made: Vic Referred");
		assertThat(letter.html()).contains("does not serve Vic Referred")
			.contains("We have referred Vic Referred to a victim services program.")
			.contains("501.125(d)(3): ")
			.contains("501.230(e): ");
		opensAsPageAndPdf(id, letter, "501.230(e)");
		audited(letter);
	}

	@Test
	@DisplayName("PAR-5: the victim-services letter holds none of the screening's answers, no override reason, nothing about the partner and no agency")
	void keepsEverythingTheParticipantSaidOutOfTheVictimServicesLetter() {
		ParticipantId id = screened("Val", "Private");
		String reason = "Partner Dana Whitfield uses the arrest as a control tactic; referred to Safe Harbor, 9 Oak Lane.";
		decide(id, findings().partnerViolence().override(Outcome.REFER_TO_VICTIM_SERVICES, reason).build());
		decide(id, findings().partnerViolence().identifiedAsVictim().selfDefense().build());

		List<LetterListing> listed = letters(id);
		assertThat(listed).hasSize(2)
			.allSatisfy((letter) -> assertThat(letter.kind())
				.isEqualTo(CorrespondenceKind.ELIGIBILITY_VICTIM_SERVICES_REFERRAL));
		for (LetterListing listing : listed) {
			Letter letter = letter(id, listing.id());
			String pdf = pdfText(this.intake, id, letter);
			for (String text : List.of(letter.subject(), letter.html(), pdf)) {
				ScreeningAnswers.complete(SCREENED_ON)
					.values()
					.stream()
					.flatMap((step) -> step.values().stream())
					.filter((answer) -> answer.contains(" "))
					.forEach((answer) -> assertThat(text).doesNotContain(answer));
				assertThat(text).doesNotContainIgnoringCase("partner")
					.doesNotContainIgnoringCase("self-defen")
					.doesNotContainIgnoringCase("control tactic")
					.doesNotContainIgnoringCase("aggressor")
					.doesNotContain("Dana")
					.doesNotContain("Whitfield")
					.doesNotContain("Safe Harbor")
					.doesNotContain("Oak Lane")
					.doesNotContain("12 Elm Street")
					.doesNotContain("555-0100");
			}
		}
	}

	@Test
	@DisplayName("PAR-4: a revised decision writes a new letter that says which decision it revises; the earlier letter stays as sent")
	void writesANewLetterForARevisedDecision() {
		ParticipantId id = screened("Reva", "Revised");
		decide(id, findings().partnerViolence().cannotBenefit().build());
		decide(id,
				findings().partnerViolence()
					.cannotBenefit()
					.override(Outcome.ELIGIBLE, "Psychiatrist letter: condition stabilised, can take part in group.")
					.build());

		List<LetterListing> listed = letters(id);
		assertThat(listed).extracting(LetterListing::kind)
			.containsExactly(CorrespondenceKind.ELIGIBILITY_REVISED_ELIGIBLE,
					CorrespondenceKind.ELIGIBILITY_TREATMENT_REFERRAL);
		Letter revised = letter(id, listed.get(0).id());
		assertThat(revised.html()).contains("Reva Revised is eligible for the program")
			.contains("This decision revises our eligibility decision of ")
			.contains("501.125(d)(1): ")
			.doesNotContain("Psychiatrist")
			.doesNotContain("stabilised");
		assertThat(letter(id, listed.get(1).id()).html()).doesNotContain("revises");
		opensAsPageAndPdf(id, revised, "501.125(d)(1)");
	}

	@Test
	@DisplayName("PAR-4: a revision from one refusal to another writes the new letter with the revision note")
	void notesTheRevisionOnALaterRefusal() {
		ParticipantId id = screened("Rory", "Refused");
		decide(id, findings().partnerViolence().build());
		assertThat(letters(id)).isEmpty();
		decide(id, findings().partnerViolence().wouldDisrupt().build());

		Letter letter = onlyLetter(id, CorrespondenceKind.ELIGIBILITY_EXCLUDED);
		assertThat(letter.html()).contains("This decision revises our eligibility decision of ")
			.contains("501.125(d)(2): ");
	}

	@Test
	@DisplayName("PAR-4: the letter is written in the deciding transaction: rolled back together, neither decision nor letter stays")
	void writesTheLetterInTheDecidingTransaction() {
		ParticipantId id = screened("Tess", "Transaction");
		SystemScope.callAs(this.agency, () -> this.transactions.execute((status) -> {
			this.decisions.decide(id, findings().build());
			assertThat(this.correspondence.letters(id)).singleElement()
				.satisfies((letter) -> assertThat(letter.kind())
					.isEqualTo(CorrespondenceKind.ELIGIBILITY_NOT_APPROPRIATE));
			status.setRollbackOnly();
			return null;
		}));
		assertThat(letters(id)).isEmpty();
		assertThat(SystemScope.callAs(this.agency, () -> this.decisions.history(id))).isEmpty();
	}

	private ParticipantId screened(String firstName, String lastName) {
		return SystemScope.callAs(this.agency, () -> {
			ParticipantId id = this.participants
				.refer(new ReferralCommand(firstName, lastName, LocalDate.of(1986, 5, 6), Gender.MALE, false, "English",
						ReferralSource.PROBATION, "2026-CF-0777", LocalDate.of(2026, 11, 1)));
			ScreeningAnswers.completeFor(this.screenings, this.participants, id, SCREENED_ON);
			// CON-2: the release that lets eligibility letters go to the referral source.
			this.context.getBean(ConsentManagement.class)
				.addRelease(id, ConsentFixture.toReferralSource(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 11, 1),
						InformationCategory.SCREENING_INFORMATION, InformationCategory.REFERRAL_FOR_SERVICES));
			return id;
		});
	}

	private UUID decide(ParticipantId id, EligibilityDecisionCommand command) {
		return SystemScope.callAs(this.agency, () -> this.decisions.decide(id, command));
	}

	private List<LetterListing> letters(ParticipantId id) {
		return SystemScope.callAs(this.agency, () -> this.correspondence.letters(id));
	}

	private Letter letter(ParticipantId id, UUID letterId) {
		return SystemScope.callAs(this.agency, () -> this.correspondence.letter(id, letterId));
	}

	private Letter onlyLetter(ParticipantId id, CorrespondenceKind kind) {
		List<LetterListing> listed = letters(id);
		assertThat(listed).singleElement().satisfies((letter) -> assertThat(letter.kind()).isEqualTo(kind));
		Letter letter = letter(id, listed.get(0).id());
		assertThat(letter.html()).contains("2026-CF-0777").doesNotContain("<script").doesNotContain("style=");
		return letter;
	}

	private void opensAsPageAndPdf(ParticipantId id, Letter letter, String section) {
		HttpResponse<String> page = this.intake.get("/participants/" + id + "/correspondence/" + letter.id());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(section).contains("/css/letter.css");
		assertThat(pdfText(this.intake, id, letter)).contains(section);
	}

	private void audited(Letter letter) {
		assertThat(SystemScope.callAs(this.agency, () -> this.audit.recent(40))).anySatisfy((entry) -> {
			assertThat(entry.recordType()).isEqualTo("correspondence");
			assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
			assertThat(entry.recordId()).isEqualTo(letter.id().toString());
		});
	}

	private static String pdfText(WebSession session, ParticipantId id, Letter letter) {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(session.base() + "/participants/" + id + "/correspondence/" + letter.id() + ".pdf"))
			.header("Cookie", "PAIPSESSION=" + session.cookie("PAIPSESSION").orElseThrow())
			.GET()
			.build();
		try {
			HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
				.send(request, HttpResponse.BodyHandlers.ofByteArray());
			assertThat(pdf.statusCode()).isEqualTo(200);
			assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
			try (PDDocument document = Loader.loadPDF(pdf.body())) {
				return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Findings findings() {
		return new Findings();
	}

	/** Screening findings with no partner violence and nothing else found. */
	private static final class Findings {

		private boolean partnerViolence;

		private boolean nonPartnerReferral;

		private boolean generallyViolent;

		private boolean victim;

		private boolean selfDefense;

		private boolean disrupt;

		private boolean cannotBenefit;

		private SubstanceUse substance = SubstanceUse.NONE;

		private Outcome overrideOutcome;

		private String overrideReason = "";

		Findings partnerViolence() {
			this.partnerViolence = true;
			return this;
		}

		Findings nonPartnerReferral() {
			this.nonPartnerReferral = true;
			return this;
		}

		Findings generallyViolent() {
			this.generallyViolent = true;
			return this;
		}

		Findings identifiedAsVictim() {
			this.victim = true;
			return this;
		}

		Findings selfDefense() {
			this.selfDefense = true;
			return this;
		}

		Findings wouldDisrupt() {
			this.disrupt = true;
			return this;
		}

		Findings cannotBenefit() {
			this.cannotBenefit = true;
			return this;
		}

		Findings substance(SubstanceUse use) {
			this.substance = use;
			return this;
		}

		Findings override(Outcome outcome, String reason) {
			this.overrideOutcome = outcome;
			this.overrideReason = reason;
			return this;
		}

		EligibilityDecisionCommand build() {
			return new EligibilityDecisionCommand(this.partnerViolence, this.nonPartnerReferral, this.generallyViolent,
					false, false, this.victim, this.selfDefense, this.disrupt, this.cannotBenefit, this.substance,
					false, this.overrideOutcome != null, this.overrideOutcome, this.overrideReason);
		}

	}

}
