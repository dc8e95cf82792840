package org.paipmanager.coordination;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.WebSession;
import org.paipmanager.agency.PartnerAgencyCategory;
import org.paipmanager.consent.ConsentFixture;
import org.paipmanager.consent.ConsentManagement;
import org.paipmanager.consent.DisclosingInformation;
import org.paipmanager.consent.ReleaseId;
import org.paipmanager.consent.RevocationCommand;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.SystemScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.paipmanager.consent.ConsentFixture.toPartner;
import static org.paipmanager.consent.ConsentFixture.today;
import static org.paipmanager.consent.InformationCategory.REFERRAL_FOR_SERVICES;
import static org.paipmanager.consent.InformationCategory.SCREENING_INFORMATION;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OutgoingReferralIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DisclosingInformation disclosures;

	@Autowired
	ApplicationContext context;

	@Autowired
	CoordinationManagement coordination;

	@Autowired
	ConsentManagement consent;

	private AgencyFixture agencies;

	private ConsentFixture fixture;

	private AgencyId agency;

	private ParticipantId participant;

	private UUID treatment;

	@BeforeEach
	void referParticipant() {
		this.agencies = AgencyFixture.in(this.context);
		this.fixture = ConsentFixture.in(this.context);
		this.agency = this.agencies.newAgency();
		this.participant = this.fixture.participant(this.agency, today().minusMonths(3));
		this.treatment = this.fixture.partnerAgency(this.agency, "New Roads Recovery",
				PartnerAgencyCategory.SUBSTANCE_ABUSE);
	}

	@Test
	@DisplayName("PAR-8: a referral to another agency is refused without a release in force covering it, naming 501.115(b)(11)(B)")
	void refusesAReferralWithoutACoveringRelease() {
		OutgoingReferralCommand referral = treatmentReferral(today().minusDays(1), null);
		assertRefused(referral);
		// A release that covers other information, another agency, or has been revoked
		// does not allow the referral either.
		ReleaseId screeningOnly = this.fixture.release(this.agency, this.participant,
				toPartner(this.treatment, today().minusMonths(2), today().plusMonths(10), SCREENING_INFORMATION));
		UUID otherAgency = this.fixture.partnerAgency(this.agency, "Mind Works", PartnerAgencyCategory.MENTAL_HEALTH);
		ReleaseId toOtherAgency = this.fixture.release(this.agency, this.participant,
				toPartner(otherAgency, today().minusMonths(2), today().plusMonths(10), REFERRAL_FOR_SERVICES));
		assertRefused(referral);
		assertRefused(treatmentReferral(today().minusDays(1), screeningOnly.value()));
		assertRefused(treatmentReferral(today().minusDays(1), toOtherAgency.value()));
		ReleaseId revoked = this.fixture.release(this.agency, this.participant,
				toPartner(this.treatment, today().minusMonths(2), today().plusMonths(10), REFERRAL_FOR_SERVICES));
		as(() -> this.consent.revoke(this.participant, revoked, new RevocationCommand(today().minusDays(2), "Withdrawn",
				this.consent.release(this.participant, revoked).version())));
		assertRefused(referral);
		assertThat(as(() -> this.coordination.referrals(this.participant))).isEmpty();
	}

	@Test
	@DisplayName("PAR-8: a referral under a covering release is recorded with its purpose and release, and answers checklist item B")
	void recordsAReferralUnderACoveringRelease() {
		ReleaseId release = this.fixture.release(this.agency, this.participant,
				toPartner(this.treatment, today().minusMonths(2), today().plusMonths(10), REFERRAL_FOR_SERVICES));
		WebSession intake = new WebSession(this.port);
		intake.signIn(this.agencies.newUser(this.agency, Role.INTAKE_WORKER));
		String file = "/participants/" + this.participant;
		assertThat(intake.get(file).body())
			.containsPattern("id=\"checklist-B\">[^/]*</th>\\s*<td><span class=\"usa-tag\">Not due yet</span>");

		as(() -> this.coordination.refer(this.participant, treatmentReferral(today().minusDays(1), null)));
		as(() -> this.coordination.refer(this.participant, treatmentReferral(today(), release.value())));
		assertThat(as(() -> this.coordination.referrals(this.participant))).hasSize(2).allSatisfy((made) -> {
			assertThat(made.releaseId()).isEqualTo(release);
			assertThat(made.partnerAgencyName()).isEqualTo("New Roads Recovery");
			assertThat(made.purpose()).startsWith("Alcohol use");
		});
		// CON-2: each referral went out through the disclosure service and is in the
		// ledger.
		assertThat(as(() -> this.disclosures.accounting(this.participant))).hasSize(2)
			.allSatisfy((disclosed) -> assertThat(disclosed.release()).isEqualTo(release));
		assertThat(intake.get(file).body())
			.containsPattern("id=\"checklist-B\">[^/]*</th>\\s*<td><span class=\"usa-tag bg-green\">In the file</span>")
			.contains("New Roads Recovery");
	}

	@Test
	@DisplayName("PAR-8: referral dates in the future or before the participant was referred are refused")
	void refusesImpossibleReferralDates() {
		this.fixture.release(this.agency, this.participant,
				toPartner(this.treatment, today().minusMonths(3), today().plusMonths(9), REFERRAL_FOR_SERVICES));
		assertThatThrownBy(
				() -> as(() -> this.coordination.refer(this.participant, treatmentReferral(today().plusDays(1), null))))
			.isInstanceOf(jakarta.validation.ConstraintViolationException.class);
		assertThatThrownBy(() -> as(
				() -> this.coordination.refer(this.participant, treatmentReferral(today().minusMonths(4), null))))
			.isInstanceOf(OutgoingReferralRefused.class);
	}

	@Test
	@DisplayName("PAR-8: outgoing referrals are counted by category for a date range")
	void countsReferralsByCategoryForADateRange() {
		UUID mentalHealth = this.fixture.partnerAgency(this.agency, "Mind Works", PartnerAgencyCategory.MENTAL_HEALTH);
		this.fixture.release(this.agency, this.participant,
				toPartner(this.treatment, today().minusMonths(3), today().plusMonths(9), REFERRAL_FOR_SERVICES));
		this.fixture.release(this.agency, this.participant,
				toPartner(mentalHealth, today().minusMonths(3), today().plusMonths(9), REFERRAL_FOR_SERVICES));
		as(() -> this.coordination.refer(this.participant, treatmentReferral(today().minusMonths(2), null)));
		as(() -> this.coordination.refer(this.participant, treatmentReferral(today().minusDays(10), null)));
		as(() -> this.coordination.refer(this.participant, new OutgoingReferralCommand(ReferralCategory.MENTAL_HEALTH,
				mentalHealth, "Depression screen positive; evaluation.", today().minusDays(5), null)));
		// Another agency's referrals are not counted.
		AgencyId otherAgency = this.agencies.newAgency();
		ParticipantId elsewhere = this.fixture.participant(otherAgency, today().minusMonths(3));
		UUID theirTreatment = this.fixture.partnerAgency(otherAgency, "Elsewhere Recovery",
				PartnerAgencyCategory.SUBSTANCE_ABUSE);
		this.fixture.release(otherAgency, elsewhere,
				toPartner(theirTreatment, today().minusMonths(3), today().plusMonths(9), REFERRAL_FOR_SERVICES));
		SystemScope.callAs(otherAgency,
				() -> this.coordination.refer(elsewhere,
						new OutgoingReferralCommand(ReferralCategory.SUBSTANCE_ABUSE_TREATMENT, theirTreatment,
								"Treatment", today().minusDays(3), null)));

		Map<ReferralCategory, Long> lastMonth = as(
				() -> this.coordination.countByCategory(today().minusMonths(1), today()));
		assertThat(lastMonth).containsEntry(ReferralCategory.SUBSTANCE_ABUSE_TREATMENT, 1L)
			.containsEntry(ReferralCategory.MENTAL_HEALTH, 1L)
			.containsEntry(ReferralCategory.VICTIM_SERVICES, 0L)
			.hasSize(ReferralCategory.values().length);
		assertThat(as(() -> this.coordination.countByCategory(today().minusMonths(3), today())))
			.containsEntry(ReferralCategory.SUBSTANCE_ABUSE_TREATMENT, 2L);
	}

	@Test
	@DisplayName("PAR-8: the API refuses an uncovered referral with problem+json naming the rule; a facilitator cannot refer (403)")
	void servesReferralsAsJson() {
		WebSession intake = new WebSession(this.port);
		intake.signIn(this.agencies.newUser(this.agency, Role.INTAKE_WORKER));
		String path = "/api/participants/" + this.participant + "/outgoing-referrals";
		String body = "{\"category\":\"SUBSTANCE_ABUSE_TREATMENT\",\"partnerAgencyId\":\"" + this.treatment
				+ "\",\"purpose\":\"Assessment\",\"referredOn\":\"" + today() + "\"}";
		HttpResponse<String> refused = ConsentFixture.json(intake, "POST", path, body);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(refused.body()).contains("501.115(b)(11)(B)").contains("\"field\":\"releaseId\"");
		HttpResponse<String> invalid = ConsentFixture.json(intake, "POST", path, "{\"purpose\":\"\"}");
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("\"field\":\"purpose\"").contains("\"field\":\"category\"");

		this.fixture.release(this.agency, this.participant,
				toPartner(this.treatment, today().minusMonths(1), today().plusMonths(11), REFERRAL_FOR_SERVICES));
		HttpResponse<String> created = ConsentFixture.json(intake, "POST", path, body);
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).contains("\"category\":\"SUBSTANCE_ABUSE_TREATMENT\"");
		assertThat(ConsentFixture.json(intake, "GET", path, null).body()).contains("New Roads Recovery");

		WebSession facilitator = new WebSession(this.port);
		facilitator.signIn(this.agencies.newUser(this.agency, Role.FACILITATOR));
		assertThat(ConsentFixture.json(facilitator, "POST", path, body).statusCode()).isEqualTo(403);
		String page = "/participants/" + this.participant + "/outgoing-referrals";
		assertThat(facilitator.get(page).statusCode()).isEqualTo(200);
		assertThat(facilitator
			.submit(page, page, Map.of("category", "SUBSTANCE_ABUSE_TREATMENT", "partnerAgencyId",
					this.treatment.toString(), "purpose", "Assessment", "referredOn", today().toString()))
			.statusCode()).isEqualTo(403);
		assertThat(as(() -> this.coordination.referrals(this.participant))).hasSize(1);
	}

	private OutgoingReferralCommand treatmentReferral(LocalDate on, UUID release) {
		return new OutgoingReferralCommand(ReferralCategory.SUBSTANCE_ABUSE_TREATMENT, this.treatment,
				"Alcohol use reported at screening (501.135(a)).", on, release);
	}

	private void assertRefused(OutgoingReferralCommand referral) {
		assertThatThrownBy(() -> as(() -> this.coordination.refer(this.participant, referral)))
			.isInstanceOfSatisfying(OutgoingReferralRefused.class, (refusal) -> {
				assertThat(refusal.field()).isEqualTo("releaseId");
				assertThat(refusal.section()).isEqualTo("501.115(b)(11)(B)");
			});
	}

	private <T> T as(Supplier<T> work) {
		return SystemScope.callAs(this.agency, work);
	}

}
