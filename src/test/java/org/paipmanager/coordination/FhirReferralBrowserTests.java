package org.paipmanager.coordination;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import org.paipmanager.AgencyFixture;
import org.paipmanager.AgencyFixture.StaffUser;
import org.paipmanager.BrowserSupport;
import org.paipmanager.agency.PartnerAgencyCategory;
import org.paipmanager.consent.ConsentFixture;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.SystemScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.paipmanager.consent.ConsentFixture.toPartner;
import static org.paipmanager.consent.ConsentFixture.today;
import static org.paipmanager.consent.InformationCategory.REFERRAL_FOR_SERVICES;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisabledIfSystemProperty(named = "browser.tests.skip", matches = "true")
class FhirReferralBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	CoordinationManagement coordination;

	private BrowserContext browser;

	private FhirPartnerServer partnerServer;

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.close();
		}
		if (this.partnerServer != null) {
			this.partnerServer.close();
		}
	}

	@Test
	@DisplayName("PAR-8, CON-2, COO-2: in the browser, the director marks a partner as FHIR-capable, sends a referral and sees the partner's answer on the file")
	void sendsAReferralByFhirAndShowsItsStatus() throws Exception {
		this.partnerServer = FhirPartnerServer.start();
		AgencyFixture agencies = AgencyFixture.in(this.context);
		ConsentFixture fixture = ConsentFixture.in(this.context);
		AgencyId agency = agencies.newAgency();
		UUID partner = fixture.partnerAgency(agency, "New Roads Recovery", PartnerAgencyCategory.SUBSTANCE_ABUSE);
		fixture.partnerAgency(agency, "Lakeside Counselling", PartnerAgencyCategory.MENTAL_HEALTH);
		ParticipantId participant = fixture.participant(agency, today().minusMonths(1));
		fixture.release(agency, participant,
				toPartner(partner, today().minusDays(20), today().plusMonths(11), REFERRAL_FOR_SERVICES));
		UUID referral = SystemScope.callAs(agency,
				() -> this.coordination.refer(participant,
						new OutgoingReferralCommand(ReferralCategory.SUBSTANCE_ABUSE_TREATMENT, partner,
								"Alcohol use reported at screening; assessment (501.135(a)).", today(), null)));
		StaffUser director = agencies.newUser(agency, Role.PROGRAM_DIRECTOR);

		this.browser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		Page page = this.browser.newPage();
		BrowserSupport.signIn(page, director);

		page.navigate("/agency");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Referral exchange by FHIR")).click();
		assertThat(page.locator("#fhir-partners")).containsText("On paper");
		BrowserSupport.assertAccessible(page);
		// A URL that is not a FHIR base URL is refused on its field.
		page.getByLabel("FHIR base URL of New Roads Recovery").fill("ftp://example.org/fhir");
		button(page, "Save and issue a new token for New Roads Recovery").click();
		assertThat(page.locator("#baseUrl-error-" + partner)).containsText("https://");
		BrowserSupport.assertAccessible(page);
		page.getByLabel("FHIR base URL of New Roads Recovery").fill(this.partnerServer.baseUrl());
		button(page, "Save and issue a new token for New Roads Recovery").click();
		assertThat(page.locator("#issued-token")).containsText("shown only this once");
		String token = page.locator("#issued-token-value").textContent().strip();
		assertThat(page.locator("#fhir-partner-" + partner)).containsText("By FHIR");
		BrowserSupport.assertAccessible(page);
		// The token is shown in the answer to the request that issued it, never again.
		page.navigate("/coordination/fhir-partners");
		assertThat(page.locator("#fhir-partner-" + partner)).containsText("By FHIR");
		assertThat(page.locator("#issued-token")).hasCount(0);

		page.navigate("/participants/" + participant + "/outgoing-referrals");
		Locator status = page.locator("#referral-status-" + referral);
		assertThat(status).containsText("Not sent yet");
		BrowserSupport.assertAccessible(page);
		button(page, "Send to New Roads Recovery by FHIR").click();
		assertThat(page.getByText("The referral was sent by FHIR")).isVisible();
		assertThat(status).containsText("Sent");
		assertThat(status).containsText("by FHIR");
		BrowserSupport.assertAccessible(page);
		assertThat(this.partnerServer.received).hasSize(1);

		// The partner accepts, as a Task update to the program.
		FhirContext fhir = FhirContext.forR4Cached();
		Task task = (Task) fhir.newJsonParser()
			.parseResource(Bundle.class, this.partnerServer.received.get(0))
			.getEntry()
			.stream()
			.map(Bundle.BundleEntryComponent::getResource)
			.filter(Task.class::isInstance)
			.findFirst()
			.orElseThrow();
		task.setId(referral.toString());
		task.setStatus(Task.TaskStatus.ACCEPTED);
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/fhir/r4/Task/" + referral))
				.header("Content-Type", "application/fhir+json")
				.header("Authorization", "Bearer " + token)
				.PUT(HttpRequest.BodyPublishers.ofString(fhir.newJsonParser().encodeResourceToString(task)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);

		page.reload();
		assertThat(status).containsText("Accepted");
		assertThat(status).containsText("fhir-partner");
		BrowserSupport.assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the participant file")).click();
		assertThat(page.locator("#outgoing-referrals-section")).containsText("Accepted");
		assertThat(page.locator("#checklist-B")).containsText("In the file");
		BrowserSupport.assertAccessible(page);
	}

	@Test
	@DisplayName("PAR-8, CON-2: in the browser, intake sends a referral on paper, prints it and records the agency's rejection with its reason")
	void sendsAReferralOnPaperAndRecordsTheAnswer() {
		AgencyFixture agencies = AgencyFixture.in(this.context);
		ConsentFixture fixture = ConsentFixture.in(this.context);
		AgencyId agency = agencies.newAgency();
		UUID partner = fixture.partnerAgency(agency, "Lakeside Counselling", PartnerAgencyCategory.MENTAL_HEALTH);
		ParticipantId participant = fixture.participant(agency, today().minusMonths(1));
		fixture.release(agency, participant,
				toPartner(partner, today().minusDays(20), today().plusMonths(11), REFERRAL_FOR_SERVICES));
		UUID referral = SystemScope.callAs(agency,
				() -> this.coordination.refer(participant, new OutgoingReferralCommand(ReferralCategory.MENTAL_HEALTH,
						partner, "Depression screen positive at intake; evaluation (501.115(b)(9)).", today(), null)));

		this.browser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		Page page = this.browser.newPage();
		BrowserSupport.signIn(page, agencies.newUser(agency, Role.INTAKE_WORKER));
		page.navigate("/participants/" + participant + "/outgoing-referrals");
		button(page, "Send to Lakeside Counselling on paper").click();
		assertThat(page.locator("#referral-heading")).hasText("Referral to Lakeside Counselling");
		assertThat(page.locator("#printed-referral")).containsText("Casey Consent");
		assertThat(page.locator("#printed-referral")).containsText("Mental health services");
		BrowserSupport.assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the referrals")).click();

		Locator status = page.locator("#referral-status-" + referral);
		assertThat(status).containsText("Sent");
		assertThat(status).containsText("on paper");
		BrowserSupport.assertAccessible(page);
		page.getByLabel("Referral", new Page.GetByLabelOptions().setExact(true)).selectOption(referral.toString());
		page.getByLabel("The agency's answer").selectOption("REJECTED");
		button(page, "Record the answer").click();
		assertThat(page.locator("#reason-error")).containsText("reason");
		BrowserSupport.assertAccessible(page);
		page.getByLabel("Referral", new Page.GetByLabelOptions().setExact(true)).selectOption(referral.toString());
		page.getByLabel("The agency's answer").selectOption("REJECTED");
		page.getByLabel("Reason or note (required for a rejection)").fill("No opening for new clients before March");
		button(page, "Record the answer").click();
		assertThat(page.getByText("The agency's answer was recorded.")).isVisible();
		assertThat(status).containsText("Rejected");
		assertThat(status).containsText("No opening for new clients before March");
		assertThat(page.locator("#paper-status-form")).hasCount(0);
		BrowserSupport.assertAccessible(page);
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
	}

}
