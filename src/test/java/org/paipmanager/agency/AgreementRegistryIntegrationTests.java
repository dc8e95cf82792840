package org.paipmanager.agency;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.SettableClock;
import org.paipmanager.WebSession;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.SystemScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SettableClock.Configuration.class)
class AgreementRegistryIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	RegisteringAgreements agreements;

	@Autowired
	SettableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	@DisplayName("COO-4: a multi-county MOU is flagged for renewal 60 days before its end, on the registry and the director's home page, and once expired")
	void flagsRenewalWithinSixtyDaysAndAfterExpiry() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		UUID shelter = SystemScope.callAs(agency, () -> this.agencies.addPartnerAgency("Three Rivers Shelter",
				PartnerAgencyCategory.DOMESTIC_VIOLENCE_VICTIM_SERVICES, null, "Prairie", true));
		UUID probation = SystemScope.callAs(agency, () -> this.agencies.addPartnerAgency("Adult Probation",
				PartnerAgencyCategory.JUDICIARY_PROBATION, null, "Prairie", false));
		AgreementCommand mou = new AgreementCommand("Three-county victim safety MOU",
				List.of(new AgreementParty(shelter, "Victim advocacy and safety planning"),
						new AgreementParty(probation, "Referral and compliance reporting")),
				List.of("Prairie", "Lake", "Ford"), "Attendance and compliance only; no victim information.",
				today().minusMonths(9), today().plusDays(90));
		UUID id = SystemScope.callAs(agency, () -> this.agreements.register(mou));

		AgreementView inForce = SystemScope.callAs(agency, () -> this.agreements.agreement(id));
		assertThat(inForce.status()).isEqualTo(AgreementView.RenewalStatus.IN_FORCE);
		assertThat(inForce.multiCounty()).isTrue();
		assertThat(inForce.parties()).extracting(AgreementView.Party::name)
			.containsExactly("Three Rivers Shelter", "Adult Probation");
		assertThat(SystemScope.callAs(agency, () -> this.agreements.renewalsDue())).isEmpty();

		// Sign-in checks the code against the application clock: sign in before moving
		// it.
		WebSession director = new WebSession(this.port);
		director.signIn(fixture.newUser(agency, Role.PROGRAM_DIRECTOR));
		WebSession facilitator = new WebSession(this.port);
		facilitator.signIn(fixture.newUser(agency, Role.FACILITATOR));
		assertThat(director.get("/").body()).doesNotContain("agreements-due");

		this.clock.moveTo(today().plusDays(29));
		assertThat(SystemScope.callAs(agency, () -> this.agreements.agreement(id)).status())
			.isEqualTo(AgreementView.RenewalStatus.IN_FORCE);
		this.clock.moveTo(today().plusDays(30));
		AgreementView due = SystemScope.callAs(agency, () -> this.agreements.agreement(id));
		assertThat(due.status()).isEqualTo(AgreementView.RenewalStatus.RENEWAL_DUE);
		assertThat(due.daysToEnd()).isEqualTo(60);
		assertThat(SystemScope.callAs(agency, () -> this.agreements.renewalsDue())).hasSize(1);
		String home = director.get("/").body();
		assertThat(home).contains("agreements-due")
			.contains("Three-county victim safety MOU")
			.contains("Renewal due: the term ends in 60 days");
		assertThat(director.get("/agency/agreements").body()).contains("Renewal due")
			.contains("Multi-county")
			.contains("Prairie, Lake, Ford");

		this.clock.moveTo(today().plusDays(91));
		assertThat(SystemScope.callAs(agency, () -> this.agreements.agreement(id)).status())
			.isEqualTo(AgreementView.RenewalStatus.EXPIRED);
		assertThat(director.get("/").body()).contains("Expired: renew it");

		// A facilitator neither sees the reminder nor edits (403).
		assertThat(facilitator.get("/").body()).doesNotContain("agreements-due");
		assertThat(facilitator.get("/agency/agreements").body()).contains("Three-county victim safety MOU");
		assertThat(facilitator.get("/agency/agreements/" + id + "/edit").statusCode()).isEqualTo(403);
		HttpResponse<String> facilitatorPut = facilitator.json("PUT", "/api/agreements/" + id + "?version=0",
				"{\"title\":\"Taken\",\"parties\":[{\"partnerAgencyId\":\"" + shelter
						+ "\",\"role\":\"Advocacy\"}],\"counties\":[\"Prairie\"],\"startsOn\":\"2026-01-01\",\"endsOn\":\"2027-01-01\"}");
		assertThat(facilitatorPut.statusCode()).as(facilitatorPut.body()).isEqualTo(403);
	}

	@Test
	@DisplayName("COO-4: a renewal saved through the page moves the term; a stale edit is a 409 and another agency's MOU is not found")
	void renewsThroughThePageAndRefusesStaleEdits() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		UUID shelter = SystemScope.callAs(agency, () -> this.agencies.addPartnerAgency("River Shelter",
				PartnerAgencyCategory.DOMESTIC_VIOLENCE_VICTIM_SERVICES, null, "Prairie", true));
		UUID id = SystemScope.callAs(agency,
				() -> this.agreements
					.register(new AgreementCommand("Shelter MOU", List.of(new AgreementParty(shelter, "Advocacy")),
							List.of("Prairie"), null, today().minusYears(1), today().minusDays(1))));
		WebSession director = new WebSession(this.port);
		director.signIn(fixture.newUser(agency, Role.PROGRAM_DIRECTOR));
		String edit = "/agency/agreements/" + id + "/edit";
		HttpResponse<String> endsFirst = director.submit(edit, "/agency/agreements/" + id,
				Map.of("version", "0", "title", "Shelter MOU", "parties[0].partnerAgencyId", shelter.toString(),
						"parties[0].role", "Advocacy", "counties", "Prairie", "startsOn", today().toString(), "endsOn",
						today().minusDays(1).toString()));
		assertThat(endsFirst.statusCode()).isEqualTo(200);
		assertThat(endsFirst.body()).contains("The term must end after it starts.");
		HttpResponse<String> renewed = director.submit(edit, "/agency/agreements/" + id,
				Map.of("version", "0", "title", "Shelter MOU", "parties[0].partnerAgencyId", shelter.toString(),
						"parties[0].role", "Advocacy", "counties", "Prairie, Lake", "startsOn", today().toString(),
						"endsOn", today().plusYears(1).toString()));
		assertThat(renewed.statusCode()).isEqualTo(302);
		AgreementView view = SystemScope.callAs(agency, () -> this.agreements.agreement(id));
		assertThat(view.endsOn()).isEqualTo(today().plusYears(1));
		assertThat(view.status()).isEqualTo(AgreementView.RenewalStatus.IN_FORCE);
		assertThat(view.counties()).containsExactly("Prairie", "Lake");

		HttpResponse<String> stale = director.submit(edit, "/agency/agreements/" + id,
				Map.of("version", "0", "title", "Stale", "parties[0].partnerAgencyId", shelter.toString(),
						"parties[0].role", "Advocacy", "counties", "Prairie", "startsOn", today().toString(), "endsOn",
						today().plusYears(1).toString()));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("id=\"conflict\"");
		HttpResponse<String> staleApi = director.json("PUT", "/api/agreements/" + id + "?version=0",
				"{\"title\":\"Stale\",\"parties\":[{\"partnerAgencyId\":\"" + shelter
						+ "\",\"role\":\"Advocacy\"}],\"counties\":[\"Prairie\"],\"startsOn\":\"" + today()
						+ "\",\"endsOn\":\"" + today().plusYears(1) + "\"}");
		assertThat(staleApi.statusCode()).isEqualTo(409);
		assertThat(staleApi.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");

		AgencyId other = fixture.newAgency();
		WebSession outsider = new WebSession(this.port);
		outsider.signIn(fixture.newUser(other, Role.PROGRAM_DIRECTOR));
		assertThat(outsider.get("/agency/agreements/" + id + "/edit").statusCode()).isEqualTo(404);
		assertThat(outsider.get("/api/agreements/" + id).statusCode()).isEqualTo(404);
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

}
