package org.paipmanager.victimcontact;

import java.util.UUID;

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
class VictimContactBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	private BrowserContext liaisonBrowser;

	private BrowserContext intakeBrowser;

	@AfterEach
	void closeBrowsers() {
		for (BrowserContext browser : new BrowserContext[] { this.liaisonBrowser, this.intakeBrowser }) {
			if (browser != null) {
				browser.close();
			}
		}
	}

	@Test
	@DisplayName("SAF-1, SAF-2, SAF-8: in the browser, the liaison records a victim's call; the intake worker's file of the participant shows no trace of it")
	void liaisonRecordsACallThatIntakeNeverSees() {
		String canary = "Canary" + UUID.randomUUID().toString().substring(0, 8);
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		ParticipantId participant = VictimFixture.in(this.context).participant(agency, "Browser");

		this.liaisonBrowser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		Page liaison = this.liaisonBrowser.newPage();
		BrowserSupport.signIn(liaison, fixture.newUser(agency, Role.VICTIM_LIAISON));
		liaison.navigate("/participants/" + participant);
		liaison.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the victim compartment")).click();
		assertThat(liaison.locator("#compartment-warning")).containsText("501.190(d)");
		BrowserSupport.assertAccessible(liaison);

		liaison.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Dana " + canary);
		liaison.getByLabel("Relationship to the participant")
			.selectOption(new SelectOption().setLabel("Current partner"));
		liaison.getByLabel("Address (optional)").fill("14 " + canary + " Road, Peoria");
		liaison.getByLabel("Phone (optional)").fill("309-555-0142");
		liaison.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add victim or partner")).click();
		assertThat(liaison.locator(".usa-alert--success")).containsText("The victim or partner was added.");
		assertThat(liaison.locator("#victim-details")).containsText(canary + " Road");
		BrowserSupport.assertAccessible(liaison);

		liaison.getByLabel("Date and time (Central time)").fill("2026-11-20T14:30");
		liaison.getByLabel("Kind of contact").selectOption(new SelectOption().setLabel("Phone call"));
		liaison.getByLabel("Who started it").selectOption(new SelectOption().setLabel("From the victim"));
		liaison.getByLabel("What was said or received").fill("He called her twice this week. " + canary);
		liaison.getByText("Asked whether the victim is safe").click();
		liaison.getByText("Safety planning discussed").click();
		liaison.getByText("Referral to domestic violence victim services offered").click();
		liaison.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record contact")).click();
		assertThat(liaison.locator(".usa-alert--success")).containsText("The contact was recorded.");
		assertThat(liaison.locator("#victim-contacts")).containsText("He called her twice this week.");
		assertThat(liaison.locator("#victim-contacts")).containsText("Safety planning discussed");
		assertThat(liaison.locator("#victim-details")).containsText("Victim services offered (501.180(c))Yes");
		BrowserSupport.assertAccessible(liaison);

		this.intakeBrowser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		Page intake = this.intakeBrowser.newPage();
		BrowserSupport.signIn(intake, fixture.newUser(agency, Role.INTAKE_WORKER));
		intake.navigate("/participants/" + participant);
		assertThat(intake.locator("h1")).containsText("Browser");
		org.assertj.core.api.Assertions.assertThat(intake.content())
			.doesNotContain(canary)
			.doesNotContain("He called her")
			.doesNotContain("victim-compartment-section")
			.doesNotContain("/victim/");
		BrowserSupport.assertAccessible(intake);
		intake.navigate("/victim/participants/" + participant);
		org.assertj.core.api.Assertions.assertThat(intake.content()).doesNotContain(canary);
	}

}
