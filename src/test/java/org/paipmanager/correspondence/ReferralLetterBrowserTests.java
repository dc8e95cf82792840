package org.paipmanager.correspondence;

import java.time.LocalDate;

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
import org.paipmanager.AgencyFixture.StaffUser;
import org.paipmanager.BrowserSupport;
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

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisabledIfSystemProperty(named = "browser.tests.skip", matches = "true")
class ReferralLetterBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ParticipantManagement participants;

	private BrowserContext browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	@DisplayName("PAR-2, PAR-8: in the browser, an intake worker rejects a referral and opens the printable letter")
	void rejectsAReferralAndOpensThePrintableLetter() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		ParticipantId id = SystemScope.callAs(agency,
				() -> this.participants
					.refer(new ReferralCommand("Morgan", "Browser", LocalDate.of(1984, 6, 7), Gender.MALE, false,
							"English", ReferralSource.COURT, "2026-DV-0777", LocalDate.of(2026, 11, 3))));
		StaffUser intake = fixture.newUser(agency, Role.INTAKE_WORKER);

		this.browser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		Page page = this.browser.newPage();
		BrowserSupport.signIn(page, intake);

		page.navigate("/participants/" + id);
		BrowserSupport.assertAccessible(page);
		page.getByText("Reject the referral", new Page.GetByTextOptions().setExact(true)).click();
		page.getByLabel("Reason for rejection")
			.selectOption(new SelectOption().setLabel("No group in the participant language"));
		page.getByLabel("Recommended alternative sanction")
			.selectOption(new SelectOption().setLabel("Return to the court for review"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record decision")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Referral rejected.");
		assertThat(page.locator("#referral-decision-history")).containsText("No group in the participant language");
		BrowserSupport.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("View and print")).click();
		assertThat(page.locator("main h1")).hasText("Referral not accepted: Morgan Browser");
		assertThat(page.locator(".paip-letter")).containsText("Return to the court for review");
		assertThat(page.locator(".paip-letter")).containsText("501.230(a)");
		BrowserSupport.assertAccessible(page);
	}

}
