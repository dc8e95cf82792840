package org.paipmanager.consent;

import org.springframework.core.env.Environment;
import org.paipmanager.OwnerDatabase;
import java.sql.PreparedStatement;
import java.sql.Connection;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.WebSession;
import org.paipmanager.agency.PartnerAgencyCategory;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.SystemScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.paipmanager.consent.ConsentFixture.fullExplanation;
import static org.paipmanager.consent.ConsentFixture.toPartner;
import static org.paipmanager.consent.ConsentFixture.toReferralSource;
import static org.paipmanager.consent.ConsentFixture.today;
import static org.paipmanager.consent.InformationCategory.ATTENDANCE_AND_COMPLIANCE;
import static org.paipmanager.consent.InformationCategory.REFERRAL_FOR_SERVICES;
import static org.paipmanager.consent.InformationCategory.SCREENING_INFORMATION;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsentIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ConsentManagement consent;

	/** The signature, witness and rights of a complete release, as JSON members. */
	private static final String SIGNED_ELEMENTS = "\"signedBy\":\"PARTICIPANT\",\"witnessName\":\"Dana Whitfield\","
			+ "\"rightToRevokeExplained\":true,\"rightToInspectExplained\":true";

	@Autowired
	Environment environment;

	private AgencyFixture agencies;

	private ConsentFixture fixture;

	private AgencyId agency;

	private ParticipantId participant;

	@BeforeEach
	void referParticipant() {
		this.agencies = AgencyFixture.in(this.context);
		this.fixture = ConsentFixture.in(this.context);
		this.agency = this.agencies.newAgency();
		this.participant = this.fixture.participant(this.agency, today().minusYears(2));
	}

	@Test
	@DisplayName("CON-1: the confidentiality explanation is recorded only with all four legal exceptions explained, and history is kept")
	void recordsTheExplanationOnlyWithEveryExceptionAndKeepsHistory() {
		LocalDate on = today().minusDays(3);
		for (int missing = 0; missing < 4; missing++) {
			boolean[] ticked = { true, true, true, true };
			ticked[missing] = false;
			ConfidentialityExplanationCommand partial = new ConfidentialityExplanationCommand(on, "English", ticked[0],
					ticked[1], ticked[2], ticked[3], true, null);
			assertThatThrownBy(() -> as(() -> this.consent.recordExplanation(this.participant, partial)))
				.as("exception %d left out", missing)
				.isInstanceOf(ConstraintViolationException.class);
		}
		assertThatThrownBy(() -> as(() -> this.consent.recordExplanation(this.participant,
				new ConfidentialityExplanationCommand(on, "English", true, true, true, true, false, null))))
			.isInstanceOf(ConstraintViolationException.class);
		assertThatThrownBy(
				() -> as(() -> this.consent.recordExplanation(this.participant, fullExplanation(today().plusDays(1)))))
			.isInstanceOf(ConstraintViolationException.class);
		assertThatThrownBy(() -> as(
				() -> this.consent.recordExplanation(this.participant, fullExplanation(today().minusYears(3)))))
			.isInstanceOf(ConsentRefusal.class)
			.hasMessageContaining("501.210(a)");
		assertThat(as(() -> this.consent.explanations(this.participant))).isEmpty();

		as(() -> this.consent.recordExplanation(this.participant, fullExplanation(today().minusYears(1))));
		as(() -> this.consent.recordExplanation(this.participant, fullExplanation(on)));
		assertThat(as(() -> this.consent.explanations(this.participant))).hasSize(2).satisfiesExactly((latest) -> {
			assertThat(latest.explainedOn()).isEqualTo(on);
			assertThat(latest.current()).isTrue();
		}, (earlier) -> assertThat(earlier.current()).isFalse());
	}

	@Test
	@DisplayName("CON-1: on the page, an explanation without every exception ticked is refused with the rule shown")
	void refusesAnIncompleteExplanationOnThePage() {
		WebSession intake = new WebSession(this.port);
		AgencyFixture.StaffUser worker = this.agencies.newUser(this.agency, Role.INTAKE_WORKER);
		intake.signIn(worker);
		String page = "/participants/" + this.participant + "/consent";
		Map<String, String> fields = new HashMap<>(Map.of("explainedOn", today().toString(), "language", "English",
				"childAbuseException", "true", "elderAbuseException", "true", "intentToHarmException", "true",
				"releaseFormsExplained", "true"));
		HttpResponse<String> refused = intake.submit(page, page + "/explanations", fields);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Explain every legal exception before recording (501.210(a)).");
		fields.put("suicideException", "true");
		HttpResponse<String> saved = intake.submit(page, page + "/explanations", fields);
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(intake.get(page).body()).contains("Explanation recorded.").contains(worker.username());
		assertThat(intake.get("/participants/" + this.participant).body())
			.contains("Confidentiality explained on " + today());
	}

	@Test
	@DisplayName("CON-1: a release that expires before it was signed, or is signed in the future, is refused")
	void refusesImpossibleReleaseDates() {
		assertThatThrownBy(() -> as(() -> this.consent.addRelease(this.participant,
				toReferralSource(today().minusDays(5), today().minusDays(6), ATTENDANCE_AND_COMPLIANCE))))
			.isInstanceOf(ConstraintViolationException.class)
			.hasMessageContaining("expiryAfterSigning");
		assertThatThrownBy(() -> as(() -> this.consent.addRelease(this.participant,
				toReferralSource(today().minusDays(5), today().minusDays(5), ATTENDANCE_AND_COMPLIANCE))))
			.isInstanceOf(ConstraintViolationException.class);
		assertThatThrownBy(() -> as(() -> this.consent.addRelease(this.participant,
				toReferralSource(today().plusDays(1), today().plusYears(1), ATTENDANCE_AND_COMPLIANCE))))
			.isInstanceOf(ConstraintViolationException.class)
			.hasMessageContaining("signedOn");
		assertThat(as(() -> this.consent.releases(this.participant))).isEmpty();

		WebSession intake = new WebSession(this.port);
		intake.signIn(this.agencies.newUser(this.agency, Role.INTAKE_WORKER));
		String page = "/participants/" + this.participant + "/consent";
		HttpResponse<String> refused = intake.submit(page, page + "/releases",
				Map.of("recipientKind", "REFERRAL_SOURCE", "categories", "ATTENDANCE_AND_COMPLIANCE", "purposes",
						"REPORT_COMPLIANCE", "basis", "VOLUNTARY", "signedOn", today().toString(), "expiresOn",
						today().minusDays(1).toString()));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("The expiry date must be after the date the release was signed.");
		assertThat(as(() -> this.consent.releases(this.participant))).isEmpty();
	}

	@Test
	@DisplayName("CON-1: a revoked release stays in the history, is no longer in force, and a stale revocation is a conflict")
	void revokesAReleaseKeepingItsHistory() {
		ReleaseId release = this.fixture.release(this.agency, this.participant,
				toReferralSource(today().minusMonths(6), today().plusMonths(6), ATTENDANCE_AND_COMPLIANCE));
		ReleaseView signed = as(() -> this.consent.release(this.participant, release));
		assertThat(signed.status()).isEqualTo(ReleaseStatus.IN_FORCE);

		ReleaseView revoked = as(() -> this.consent.revoke(this.participant, release,
				new RevocationCommand(today(), "Participant withdrew consent in writing.", signed.version())));
		assertThat(revoked.status()).isEqualTo(ReleaseStatus.REVOKED);
		assertThat(as(() -> this.consent.releases(this.participant))).singleElement().satisfies((kept) -> {
			assertThat(kept.revokedOn()).isEqualTo(today());
			assertThat(kept.revocationReason()).isEqualTo("Participant withdrew consent in writing.");
		});
		assertThat(inForce(ReleaseRecipient.referralSource(), ATTENDANCE_AND_COMPLIANCE, today())).isEmpty();
		// Before the revocation the release was in force: disclosures then stay
		// traceable.
		assertThat(inForce(ReleaseRecipient.referralSource(), ATTENDANCE_AND_COMPLIANCE, today().minusDays(1)))
			.contains(release);
		assertThatThrownBy(() -> as(() -> this.consent.revoke(this.participant, release,
				new RevocationCommand(today(), "Again", signed.version()))))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThatThrownBy(() -> as(() -> this.consent.revoke(this.participant, release,
				new RevocationCommand(today(), "Again", revoked.version()))))
			.isInstanceOf(ConsentRefusal.class);
	}

	@Test
	@DisplayName("CON-1: on the page, a revocation from a stale form shows the conflict; the release stays listed as revoked")
	void revokesOnThePageAndShowsAStaleFormAsAConflict() {
		ReleaseId release = this.fixture.release(this.agency, this.participant,
				toReferralSource(today().minusMonths(6), today().plusMonths(6), ATTENDANCE_AND_COMPLIANCE));
		long read = as(() -> this.consent.release(this.participant, release)).version();
		WebSession intake = new WebSession(this.port);
		intake.signIn(this.agencies.newUser(this.agency, Role.INTAKE_WORKER));
		String form = "/participants/" + this.participant + "/consent/releases/" + release + "/revoke";
		Map<String, String> fields = new HashMap<>(Map.of("revokedOn", today().toString(), "reason",
				"Participant withdrew consent.", "version", String.valueOf(read + 1)));
		HttpResponse<String> stale = intake.submit(form, form, fields);
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.body()).contains("Someone else changed this release after you opened it.");
		fields.put("version", String.valueOf(read));
		assertThat(intake.submit(form, form, fields).statusCode()).isEqualTo(302);
		String page = intake.get("/participants/" + this.participant + "/consent").body();
		assertThat(page).contains("Release revoked.")
			.contains("Revoked on " + today() + ": Participant withdrew consent.");
		assertThat(as(() -> this.consent.releases(this.participant))).singleElement()
			.extracting(ReleaseView::status)
			.isEqualTo(ReleaseStatus.REVOKED);
	}

	@Test
	@DisplayName("CON-1: the release-in-force query finds none when expired, revoked, for another recipient or another category")
	void findsAReleaseInForceOnlyWithinItsScope() {
		UUID treatment = this.fixture.partnerAgency(this.agency, "Recovery Center",
				PartnerAgencyCategory.SUBSTANCE_ABUSE);
		UUID otherAgency = this.fixture.partnerAgency(this.agency, "Mind Works", PartnerAgencyCategory.MENTAL_HEALTH);
		ReleaseId current = this.fixture.release(this.agency, this.participant,
				toPartner(treatment, today().minusMonths(1), today().plusMonths(11), REFERRAL_FOR_SERVICES));
		ReleaseId expired = this.fixture.release(this.agency, this.participant,
				toPartner(otherAgency, today().minusYears(2), today().minusYears(1), REFERRAL_FOR_SERVICES));
		ReleaseId toRevoke = this.fixture.release(this.agency, this.participant,
				ReleaseCommand.signedByParticipant(RecipientKind.OTHER, null, "Dr. Rivera",
						Set.of(SCREENING_INFORMATION), Set.of(ReleasePurpose.ONGOING_COLLABORATION), null,
						ReleaseBasis.VOLUNTARY, today().minusMonths(2), today().plusMonths(10), "Dana Whitfield"));
		as(() -> this.consent.revoke(this.participant, toRevoke, new RevocationCommand(today().minusDays(1),
				"Withdrawn", this.consent.release(this.participant, toRevoke).version())));

		assertThat(inForce(ReleaseRecipient.partnerAgency(treatment), REFERRAL_FOR_SERVICES, today()))
			.contains(current);
		assertThat(inForce(ReleaseRecipient.partnerAgency(treatment), SCREENING_INFORMATION, today())).isEmpty();
		assertThat(inForce(ReleaseRecipient.partnerAgency(otherAgency), REFERRAL_FOR_SERVICES, today())).isEmpty();
		assertThat(inForce(ReleaseRecipient.partnerAgency(otherAgency), REFERRAL_FOR_SERVICES,
				today().minusYears(1).minusDays(1)))
			.contains(expired);
		assertThat(inForce(ReleaseRecipient.named("dr. rivera"), SCREENING_INFORMATION, today())).isEmpty();
		assertThat(inForce(ReleaseRecipient.named("dr. rivera"), SCREENING_INFORMATION, today().minusDays(2)))
			.contains(toRevoke);
		assertThat(inForce(ReleaseRecipient.referralSource(), REFERRAL_FOR_SERVICES, today())).isEmpty();
		assertThat(inForce(ReleaseRecipient.partnerAgency(treatment), REFERRAL_FOR_SERVICES,
				today().minusMonths(1).minusDays(1)))
			.as("before it was signed")
			.isEmpty();
		// Another participant has no release at all.
		ParticipantId other = this.fixture.participant(this.agency, today().minusYears(1));
		assertThat(SystemScope.callAs(this.agency, () -> this.consent.releaseInForce(other,
				ReleaseRecipient.partnerAgency(treatment), REFERRAL_FOR_SERVICES, today())))
			.isEmpty();
	}

	@Test
	@DisplayName("CON-1: the API lists and adds releases, answers refusals and stale revocations with problem+json")
	void servesReleasesAsJsonWithProblemDetails() {
		WebSession intake = new WebSession(this.port);
		intake.signIn(this.agencies.newUser(this.agency, Role.INTAKE_WORKER));
		String releases = "/api/participants/" + this.participant + "/releases";
		HttpResponse<String> invalid = ConsentFixture.json(intake, "POST", releases,
				"{\"recipientKind\":\"REFERRAL_SOURCE\",\"categories\":[],\"purposes\":[\"REPORT_COMPLIANCE\"],"
						+ "\"basis\":\"VOLUNTARY\",\"signedOn\":\"" + today() + "\",\"expiresOn\":\""
						+ today().minusDays(1) + "\"}");
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(invalid.body()).contains("\"field\":\"categories\"")
			.contains("The expiry date must be after the date the release was signed.");

		HttpResponse<String> unknownPartner = ConsentFixture.json(intake, "POST", releases,
				"{\"recipientKind\":\"PARTNER_AGENCY\",\"partnerAgencyId\":\"" + UUID.randomUUID()
						+ "\",\"categories\":[\"REFERRAL_FOR_SERVICES\"],\"purposes\":[\"REFERRAL_TO_SERVICES\"],"
						+ "\"basis\":\"VOLUNTARY\"," + SIGNED_ELEMENTS + ",\"signedOn\":\"" + today()
						+ "\",\"expiresOn\":\"" + today().plusYears(1) + "\"}");
		assertThat(unknownPartner.statusCode()).isEqualTo(422);
		assertThat(unknownPartner.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(unknownPartner.body()).contains("501.105").contains("partnerAgencyId");

		HttpResponse<String> created = ConsentFixture.json(intake, "POST", releases,
				"{\"recipientKind\":\"REFERRAL_SOURCE\",\"categories\":[\"ATTENDANCE_AND_COMPLIANCE\"],"
						+ "\"purposes\":[\"REPORT_COMPLIANCE\"],\"basis\":\"REQUIRED_FOR_PARTICIPATION\","
						+ "\"refusalConsequences\":\"The referral cannot be accepted.\"," + SIGNED_ELEMENTS
						+ ",\"signedOn\":\"" + today() + "\",\"expiresOn\":\"" + today().plusYears(1) + "\"}");
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).contains("\"status\":\"IN_FORCE\"").contains("\"referralSource\":\"PROBATION\"");
		ReleaseId id = as(() -> this.consent.releases(this.participant)).get(0).id();
		assertThat(ConsentFixture.json(intake, "GET", releases, null).body()).contains(id.toString());

		String revocation = "{\"revokedOn\":\"" + today() + "\",\"reason\":\"Withdrawn\",\"version\":%d}";
		assertThat(ConsentFixture.json(intake, "POST", releases + "/" + id + "/revocation", revocation.formatted(0))
			.statusCode()).isEqualTo(200);
		HttpResponse<String> stale = ConsentFixture.json(intake, "POST", releases + "/" + id + "/revocation",
				revocation.formatted(0));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	@DisplayName("CON-1: a facilitator sees consent and releases but cannot record or revoke them (403)")
	void keepsWritesFromAFacilitator() {
		ReleaseId release = this.fixture.release(this.agency, this.participant,
				toReferralSource(today().minusMonths(1), today().plusMonths(11), ATTENDANCE_AND_COMPLIANCE));
		WebSession facilitator = new WebSession(this.port);
		facilitator.signIn(this.agencies.newUser(this.agency, Role.FACILITATOR));
		String page = "/participants/" + this.participant + "/consent";
		HttpResponse<String> read = facilitator.get(page);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).contains("In force").doesNotContain("Add release").doesNotContain("Record explanation");
		assertThat(
				facilitator
					.submit(page, page + "/explanations",
							Map.of("explainedOn", today().toString(), "language", "English", "childAbuseException",
									"true", "elderAbuseException", "true", "suicideException", "true",
									"intentToHarmException", "true", "releaseFormsExplained", "true"))
					.statusCode())
			.isEqualTo(403);
		assertThat(facilitator.get(page + "/releases/" + release + "/revoke").statusCode()).isEqualTo(403);
		assertThat(ConsentFixture
			.json(facilitator, "POST", "/api/participants/" + this.participant + "/releases",
					"{\"recipientKind\":\"REFERRAL_SOURCE\",\"categories\":[\"ATTENDANCE_AND_COMPLIANCE\"],"
							+ "\"purposes\":[\"REPORT_COMPLIANCE\"],\"basis\":\"VOLUNTARY\"," + SIGNED_ELEMENTS
							+ ",\"signedOn\":\"" + today() + "\",\"expiresOn\":\"" + today().plusYears(1) + "\"}")
			.statusCode()).isEqualTo(403);
		assertThat(as(() -> this.consent.releases(this.participant))).hasSize(1);
		assertThat(as(() -> this.consent.explanations(this.participant))).isEmpty();
	}

	@Test
	@DisplayName("CON-1: a release without its witness, rights, refusal consequences or representative is refused, each element named, on the page and the API")
	void refusesAReleaseMissingAStatutoryElement() {
		WebSession intake = new WebSession(this.port);
		intake.signIn(this.agencies.newUser(this.agency, Role.INTAKE_WORKER));
		String page = "/participants/" + this.participant + "/consent";
		Map<String, String> bare = Map.of("recipientKind", "REFERRAL_SOURCE", "categories", "ATTENDANCE_AND_COMPLIANCE",
				"purposes", "REPORT_COMPLIANCE", "basis", "REQUIRED_FOR_PARTICIPATION", "signedOn", today().toString(),
				"expiresOn", today().plusYears(1).toString(), "signedBy", "LEGAL_REPRESENTATIVE");
		HttpResponse<String> refused = intake.submit(page, page + "/releases", bare);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body())
			.contains("Name the witness who attested the identity of the signer (740 ILCS 110/5(c)).")
			.contains("The right to revoke must be explained before the release is signed")
			.contains("The right to inspect and copy must be explained before the release is signed")
			.contains("Say what refusing to sign means: this release is required for participation")
			.contains("Name the representative who signed for the participant (42 CFR 2.31(a)(8)).");

		HttpResponse<String> api = ConsentFixture.json(intake, "POST",
				"/api/participants/" + this.participant + "/releases",
				"{\"recipientKind\":\"REFERRAL_SOURCE\",\"categories\":[\"ATTENDANCE_AND_COMPLIANCE\"],"
						+ "\"purposes\":[\"REPORT_COMPLIANCE\"],\"basis\":\"VOLUNTARY\",\"signedBy\":\"PARTICIPANT\","
						+ "\"signedOn\":\"" + today() + "\",\"expiresOn\":\"" + today().plusYears(1) + "\"}");
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(api.body()).contains("\"field\":\"witnessName\"")
			.contains("\"field\":\"rightToRevokeExplained\"")
			.contains("\"field\":\"rightToInspectExplained\"");
		assertThat(as(() -> this.consent.releases(this.participant))).isEmpty();

		Map<String, String> complete = new java.util.HashMap<>(bare);
		complete.putAll(Map.of("signedBy", "LEGAL_REPRESENTATIVE", "representativeName", "Ana Ruiz (guardian)",
				"witnessName", "Dana Whitfield", "rightToRevokeExplained", "true", "rightToInspectExplained", "true",
				"refusalConsequences", "The referral cannot be accepted without it.", "expiryEvent",
				"Discharge from the program"));
		HttpResponse<String> saved = intake.submit(page, page + "/releases", complete);
		assertThat(saved.statusCode()).isEqualTo(302);
		ReleaseView release = as(() -> this.consent.releases(this.participant)).get(0);
		assertThat(release.elements().witnessName()).isEqualTo("Dana Whitfield");
		assertThat(release.elements().representativeName()).isEqualTo("Ana Ruiz (guardian)");
		assertThat(release.elements().expiryEvent()).isEqualTo("Discharge from the program");
		assertThat(release.elements().complete()).isTrue();
		assertThat(intake.get(page).body()).contains("Signed by Ana Ruiz (guardian), witnessed by Dana Whitfield")
			.contains("or earlier: Discharge from the program");
	}

	@Test
	@DisplayName("CON-1: a blanket release (\"any and all information\", \"to whom it may concern\") is refused with a clear message")
	void refusesABlanketRelease() {
		WebSession intake = new WebSession(this.port);
		intake.signIn(this.agencies.newUser(this.agency, Role.INTAKE_WORKER));
		String page = "/participants/" + this.participant + "/consent";
		Map<String, String> blanket = Map.of("recipientKind", "OTHER", "recipientName", "To whom it may concern",
				"categories", "ATTENDANCE_AND_COMPLIANCE", "informationDetail", "Any and all records and information",
				"purposes", "REPORT_COMPLIANCE", "basis", "VOLUNTARY", "signedOn", today().toString(), "expiresOn",
				today().plusYears(1).toString(), "signedBy", "PARTICIPANT", "witnessName", "Dana Whitfield");
		HttpResponse<String> refused = intake.submit(page, page + "/releases", blanket);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("This reads as a blanket release")
			.contains("id=\"recipientName-error\"")
			.contains("id=\"informationDetail-error\"");
		assertThat(as(() -> this.consent.releases(this.participant))).isEmpty();
		assertThat(BlanketWording.isBlanket("toda la información del expediente")).isTrue();
		assertThat(BlanketWording.isBlanket("the entire case file")).isTrue();
		assertThat(BlanketWording.isBlanket("Attendance records for March and the final report")).isFalse();
	}

	@Test
	@DisplayName("CON-1, CON-2: a release recorded without a witness (before the elements were asked for) no longer allows a disclosure")
	void anIncompleteOlderReleaseAllowsNothing() throws Exception {
		ReleaseId release = this.fixture.release(this.agency, this.participant,
				toReferralSource(today().minusMonths(1), today().plusMonths(11), ATTENDANCE_AND_COMPLIANCE));
		assertThat(inForce(ReleaseRecipient.referralSource(), ATTENDANCE_AND_COMPLIANCE, today())).contains(release);
		try (Connection owner = OwnerDatabase.connect(this.environment);
				PreparedStatement update = owner
					.prepareStatement("update consent_release set witness_name = null where id = ?")) {
			update.setObject(1, release.value());
			assertThat(update.executeUpdate()).isEqualTo(1);
		}
		assertThat(inForce(ReleaseRecipient.referralSource(), ATTENDANCE_AND_COMPLIANCE, today())).isEmpty();
		assertThat(as(() -> this.consent.releases(this.participant)).get(0).elements().missing())
			.containsExactly("consent.release.missing.witness");
	}

	private Optional<ReleaseId> inForce(ReleaseRecipient recipient, InformationCategory category, LocalDate day) {
		return as(() -> this.consent.releaseInForce(this.participant, recipient, category, day));
	}

	private <T> T as(Supplier<T> work) {
		return SystemScope.callAs(this.agency, work);
	}

}
