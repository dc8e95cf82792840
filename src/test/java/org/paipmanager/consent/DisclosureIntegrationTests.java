package org.paipmanager.consent;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.paipmanager.consent.ConsentFixture.fullExplanation;
import static org.paipmanager.consent.ConsentFixture.toPartner;
import static org.paipmanager.consent.ConsentFixture.toReferralSource;
import static org.paipmanager.consent.ConsentFixture.today;
import static org.paipmanager.consent.InformationCategory.ATTENDANCE_AND_COMPLIANCE;
import static org.paipmanager.consent.InformationCategory.NEW_VIOLENCE_OR_THREATS;
import static org.paipmanager.consent.InformationCategory.REFERRAL_FOR_SERVICES;
import static org.paipmanager.consent.InformationCategory.SCREENING_INFORMATION;
import static org.paipmanager.consent.InformationCategory.SUBSTANCE_USE_TREATMENT;

/**
 * The disclosure service against the database (CON-2, 501.210): refusals with their
 * reasons, revocation effective at once, the ledger written in the caller's transaction,
 * the 42 CFR 2.32 notice and the accounting page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DisclosureIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	DisclosingInformation disclosures;

	@Autowired
	ConsentManagement consent;

	@Autowired
	PlatformTransactionManager transactions;

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

	private DisclosureRequest toReferralSourceUnder(ReleaseId release, InformationCategory... categories) {
		return DisclosureRequest.underRelease(this.participant, ReleaseRecipient.referralSource(),
				ReleasePurpose.REPORT_COMPLIANCE, Set.of(categories), "Monthly compliance letter", "letter 1", release);
	}

	@Test
	@DisplayName("CON-2: a disclosure within a release in force is recorded in the ledger with its release")
	void recordsADisclosureUnderARelease() {
		ReleaseId release = this.fixture.release(this.agency, this.participant,
				toReferralSource(today().minusMonths(1), today().plusMonths(6), ATTENDANCE_AND_COMPLIANCE));
		DisclosureReceipt receipt = as(
				() -> this.disclosures.disclose(toReferralSourceUnder(release, ATTENDANCE_AND_COMPLIANCE)));
		assertThat(receipt.redisclosureNoticeRequired()).isFalse();
		assertThat(as(() -> this.disclosures.accounting(this.participant))).singleElement().satisfies((entry) -> {
			assertThat(entry.id()).isEqualTo(receipt.ledgerEntryId());
			assertThat(entry.release()).isEqualTo(release);
			assertThat(entry.legalBasis()).isNull();
			assertThat(entry.categories()).containsExactly(ATTENDANCE_AND_COMPLIANCE);
			assertThat(entry.description()).isEqualTo("Monthly compliance letter");
			assertThat(entry.reference()).isEqualTo("letter 1");
			assertThat(entry.redisclosureNotice()).isFalse();
		});
	}

	@Test
	@DisplayName("CON-2: missing, expired, revoked and out-of-scope releases are each refused with their reason; nothing is recorded")
	void refusesEachInvalidReleaseWithItsReason() {
		assertThat(refusal(() -> this.disclosures
			.disclose(toReferralSourceUnder(new ReleaseId(UUID.randomUUID()), ATTENDANCE_AND_COMPLIANCE))))
			.containsEntry("release", "consent.disclosure.releaseNotFound");

		ReleaseId expired = this.fixture.release(this.agency, this.participant,
				toReferralSource(today().minusYears(1), today(), ATTENDANCE_AND_COMPLIANCE));
		assertThat(refusal(() -> this.disclosures.disclose(toReferralSourceUnder(expired, ATTENDANCE_AND_COMPLIANCE))))
			.containsExactly(entry("release", "consent.disclosure.expired"));

		ReleaseId revoked = this.fixture.release(this.agency, this.participant,
				toReferralSource(today().minusMonths(2), today().plusMonths(6), ATTENDANCE_AND_COMPLIANCE));
		revoke(revoked);
		assertThat(refusal(() -> this.disclosures.disclose(toReferralSourceUnder(revoked, ATTENDANCE_AND_COMPLIANCE))))
			.containsExactly(entry("release", "consent.disclosure.revoked"));

		UUID partner = this.fixture.partnerAgency(this.agency, "Northside Counseling",
				PartnerAgencyCategory.MENTAL_HEALTH);
		ReleaseId toPartner = this.fixture.release(this.agency, this.participant,
				toPartner(partner, today().minusMonths(1), today().plusMonths(6), REFERRAL_FOR_SERVICES));
		assertThat(refusal(() -> this.disclosures.disclose(DisclosureRequest.underRelease(this.participant,
				ReleaseRecipient.referralSource(), ReleasePurpose.REPORT_COMPLIANCE,
				Set.of(REFERRAL_FOR_SERVICES, SCREENING_INFORMATION), "Screening summary", null, toPartner))))
			.containsOnlyKeys("recipient", "purpose", "categories.SCREENING_INFORMATION");

		ParticipantId someoneElse = this.fixture.participant(this.agency, today().minusYears(1));
		assertThat(refusal(() -> this.disclosures
			.disclose(DisclosureRequest.underRelease(someoneElse, ReleaseRecipient.partnerAgency(partner),
					ReleasePurpose.REFERRAL_TO_SERVICES, Set.of(REFERRAL_FOR_SERVICES), "Referral", null, toPartner))))
			.as("another participant's release")
			.containsEntry("release", "consent.disclosure.releaseNotFound");

		assertThat(as(() -> this.disclosures.accounting(this.participant))).isEmpty();
	}

	@Test
	@DisplayName("CON-2: revocation is effective immediately: after an earlier disclosure, the next one under the revoked release is refused")
	void revocationIsEffectiveImmediately() {
		ReleaseId release = this.fixture.release(this.agency, this.participant,
				toReferralSource(today().minusMonths(1), today().plusMonths(6), ATTENDANCE_AND_COMPLIANCE));
		as(() -> this.disclosures.disclose(toReferralSourceUnder(release, ATTENDANCE_AND_COMPLIANCE)));
		revoke(release);
		assertThat(refusal(() -> this.disclosures.disclose(toReferralSourceUnder(release, ATTENDANCE_AND_COMPLIANCE))))
			.containsEntry("release", "consent.disclosure.revoked");
		assertThat(as(() -> this.disclosures.accounting(this.participant))).hasSize(1);
	}

	@Test
	@DisplayName("CON-2: ledger atomicity: a failure after the disclosure leaves neither the ledger row nor the caller's write")
	void aFailureAfterTheLedgerInsertLeavesNeither() {
		ReleaseId release = this.fixture.release(this.agency, this.participant,
				toReferralSource(today().minusMonths(1), today().plusMonths(6), ATTENDANCE_AND_COMPLIANCE));
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		assertThatThrownBy(() -> as(() -> transaction.execute((status) -> {
			this.consent.recordExplanation(this.participant, fullExplanation(today()));
			this.disclosures.disclose(toReferralSourceUnder(release, ATTENDANCE_AND_COMPLIANCE));
			throw new IllegalStateException("The letter could not be rendered");
		}))).isInstanceOf(IllegalStateException.class);
		assertThat(as(() -> this.disclosures.accounting(this.participant))).isEmpty();
		assertThat(as(() -> this.consent.explanations(this.participant))).isEmpty();

		as(() -> transaction.execute((status) -> {
			this.consent.recordExplanation(this.participant, fullExplanation(today()));
			return this.disclosures.disclose(toReferralSourceUnder(release, ATTENDANCE_AND_COMPLIANCE));
		}));
		assertThat(as(() -> this.disclosures.accounting(this.participant))).hasSize(1);
		assertThat(as(() -> this.consent.explanations(this.participant))).hasSize(1);

		// A refusal the caller handles leaves its transaction usable and records nothing.
		ReleaseId narrow = release;
		as(() -> transaction.execute((status) -> {
			assertThatThrownBy(() -> this.disclosures.disclose(toReferralSourceUnder(narrow, SCREENING_INFORMATION)))
				.isInstanceOf(DisclosureRefused.class);
			return this.consent.recordExplanation(this.participant, fullExplanation(today()));
		}));
		assertThat(as(() -> this.disclosures.accounting(this.participant))).hasSize(1);
		assertThat(as(() -> this.consent.explanations(this.participant))).hasSize(2);
	}

	@Test
	@DisplayName("CON-2: a legal-exception disclosure needs a written justification and is recorded with its basis and section")
	void aLegalExceptionNeedsAJustification() {
		ReleaseRecipient dcfs = ReleaseRecipient.named("DCFS Hotline");
		assertThat(refusal(() -> this.disclosures
			.disclose(DisclosureRequest.underLegalBasis(this.participant, dcfs, ReleasePurpose.REPORT_COMPLIANCE,
					Set.of(NEW_VIOLENCE_OR_THREATS), "Hotline report", null, LegalBasis.CHILD_ABUSE_REPORT, "  "))))
			.containsOnlyKeys("justification");
		assertThat(refusal(() -> this.disclosures
			.disclose(new DisclosureRequest(this.participant, dcfs, ReleasePurpose.REPORT_COMPLIANCE,
					Set.of(NEW_VIOLENCE_OR_THREATS), "Hotline report", null, null, null, null))))
			.containsOnlyKeys("*");
		as(() -> this.disclosures.disclose(DisclosureRequest.underLegalBasis(this.participant, dcfs,
				ReleasePurpose.REPORT_COMPLIANCE, Set.of(NEW_VIOLENCE_OR_THREATS), "Hotline report", "call 17:05",
				LegalBasis.CHILD_ABUSE_REPORT, "Facts stated in group require a mandated report.")));
		assertThat(as(() -> this.disclosures.accounting(this.participant))).singleElement().satisfies((entry) -> {
			assertThat(entry.legalBasis()).isEqualTo(LegalBasis.CHILD_ABUSE_REPORT);
			assertThat(entry.release()).isNull();
			assertThat(entry.recipientName()).isEqualTo("DCFS Hotline");
		});
		WebSession intake = new WebSession(this.port);
		intake.signIn(this.agencies.newUser(this.agency, Role.INTAKE_WORKER));
		assertThat(intake.get("/participants/" + this.participant + "/disclosures").body())
			.contains("Legal exception: Mandated report of child abuse or neglect to DCFS (501.210(a); 325 ILCS 5/4)");
	}

	@Test
	@DisplayName("CON-2: substance-use treatment information carries the 42 CFR 2.32 notice, in English and Spanish, on the ledger and the accounting page")
	void substanceUseTreatmentInformationCarriesTheNotice() {
		UUID partner = this.fixture.partnerAgency(this.agency, "Lakeside Recovery",
				PartnerAgencyCategory.SUBSTANCE_ABUSE);
		ReleaseId release = this.fixture.release(this.agency, this.participant, toPartner(partner,
				today().minusMonths(1), today().plusMonths(6), REFERRAL_FOR_SERVICES, SUBSTANCE_USE_TREATMENT));
		DisclosureReceipt receipt = as(() -> this.disclosures.disclose(DisclosureRequest.underRelease(this.participant,
				ReleaseRecipient.partnerAgency(partner), ReleasePurpose.REFERRAL_TO_SERVICES,
				Set.of(REFERRAL_FOR_SERVICES, SUBSTANCE_USE_TREATMENT), "Referral packet", "referral 7", release)));
		assertThat(receipt.redisclosureNoticeRequired()).isTrue();
		assertThat(receipt.noticeEnglish()).startsWith("This record which has been disclosed to you is protected")
			.contains("42 CFR part 2");
		assertThat(receipt.noticeSpanish()).startsWith("Este registro que se le ha divulgado");
		assertThat(as(() -> this.disclosures.accounting(this.participant))).singleElement()
			.satisfies((entry) -> assertThat(entry.redisclosureNotice()).isTrue());

		WebSession intake = new WebSession(this.port);
		intake.signIn(this.agencies.newUser(this.agency, Role.INTAKE_WORKER));
		HttpResponse<String> page = intake.get("/participants/" + this.participant + "/disclosures");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Referral packet")
			.contains("Lakeside Recovery")
			.contains("Sent with the 42 CFR 2.32 redisclosure notice.")
			.contains("Release of information " + release);
		assertThat(intake.get("/participants/" + this.participant + "/disclosures/print").body())
			.contains("Referral packet");
		assertThat(intake.get("/participants/" + this.participant).body())
			.contains("/participants/" + this.participant + "/disclosures");
	}

	private Map<String, String> refusal(Supplier<?> disclosure) {
		try {
			as(disclosure);
		}
		catch (DisclosureRefused refused) {
			assertThat(refused.summary()).contains("501.210");
			return refused.problems();
		}
		throw new AssertionError("The disclosure was not refused");
	}

	private void revoke(ReleaseId release) {
		long version = as(() -> this.consent.release(this.participant, release)).version();
		as(() -> this.consent.revoke(this.participant, release,
				new RevocationCommand(today(), "Participant withdrew consent.", version)));
	}

	private <T> T as(Supplier<T> work) {
		return SystemScope.callAs(this.agency, work);
	}

}
