package org.paipmanager.mandatedreport;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import org.paipmanager.AgencyFixture;
import org.paipmanager.BrowserSupport;
import org.paipmanager.participant.Gender;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisabledIfSystemProperty(named = "browser.tests.skip", matches = "true")
class MandatedReportBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	private BrowserContext facilitatorBrowser;

	private BrowserContext liaisonBrowser;

	@AfterEach
	void closeBrowsers() {
		for (BrowserContext browser : new BrowserContext[] { this.facilitatorBrowser, this.liaisonBrowser }) {
			if (browser != null) {
				browser.close();
			}
		}
	}

	@Test
	@DisplayName("SAF-5: in the browser, a facilitator records a threat report from the participant file; the victim liaison then finds the victim notice to take")
	void facilitatorRecordsAThreatAndTheLiaisonFollowsUp() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		ParticipantId participant = fixture.enrolledParticipant(agency, "Threat", Gender.MALE,
				LocalDate.now().minusWeeks(3));

		this.facilitatorBrowser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		Page facilitator = this.facilitatorBrowser.newPage();
		BrowserSupport.signIn(facilitator, fixture.newUser(agency, Role.FACILITATOR));
		facilitator.navigate("/participants/" + participant);
		assertThat(facilitator.locator("#mandated-reports-section")).containsText("No report recorded.");
		BrowserSupport.assertAccessible(facilitator);

		facilitator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a report")).click();
		BrowserSupport.assertAccessible(facilitator);
		facilitator.getByText("The participant did or revealed it").click();
		facilitator.getByText("A threat to harm or kill the victim (501.220(c)(1))").click();
		facilitator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the required steps")).click();
		assertThat(facilitator.locator("#required-actions")).containsText("501.220(c)");
		assertThat(facilitator.locator("#liaison-note"))
			.containsText("The victim liaison will handle the victim notification.");
		BrowserSupport.assertAccessible(facilitator);

		facilitator.getByLabel("Reference number").fill("PD-2026-4411");
		facilitator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the report")).click();
		assertThat(facilitator.locator(".usa-alert--success")).containsText("The report was recorded.");
		assertThat(facilitator.locator("#liaison-note"))
			.containsText("The victim liaison will handle the victim notification.");
		assertThat(facilitator.locator("#mandated-reports")).containsText("PD-2026-4411");
		assertThat(facilitator.locator("#mandated-reports")).containsText("Follow-up pending");
		BrowserSupport.assertAccessible(facilitator);

		this.liaisonBrowser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		Page liaison = this.liaisonBrowser.newPage();
		BrowserSupport.signIn(liaison, fixture.newUser(agency, Role.VICTIM_LIAISON));
		liaison.navigate("/victim/participants/" + participant);
		assertThat(liaison.locator("#report-follow-ups")).containsText("notify the victim");
		assertThat(liaison.locator("#report-follow-ups")).containsText("501.220(c)(1)");
		BrowserSupport.assertAccessible(liaison);

		liaison.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Take the steps")).click();
		assertThat(liaison.locator("#follow-up-steps")).containsText("501.220(c)(1)");
		BrowserSupport.assertAccessible(liaison);
		liaison.locator("#attempts0-at")
			.fill(LocalDateTime.now(ZoneId.of("America/Chicago"))
				.minusMinutes(10)
				.truncatedTo(ChronoUnit.MINUTES)
				.toString());
		liaison.locator("#attempts0-method").selectOption(new SelectOption().setLabel("Telephone"));
		liaison.locator("#attempts0-said").fill("Told her of the threat and reviewed her safety plan.");
		liaison.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the steps taken")).click();
		assertThat(liaison.locator(".usa-alert--success")).containsText("The victim-side steps were recorded.");
		assertThat(liaison.locator("#follow-up-done")).isVisible();
		BrowserSupport.assertAccessible(liaison);

		facilitator.navigate("/participants/" + participant);
		assertThat(facilitator.locator("#mandated-reports-section")).containsText("Nothing pending");
		org.assertj.core.api.Assertions.assertThat(facilitator.content()).doesNotContain("safety plan");
	}

}
