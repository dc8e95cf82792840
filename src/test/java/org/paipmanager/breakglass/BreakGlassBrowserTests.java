package org.paipmanager.breakglass;

import java.time.LocalDate;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import org.paipmanager.AgencyFixture;
import org.paipmanager.AgencyFixture.StaffUser;
import org.paipmanager.BrowserSupport;
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

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Break-glass and account pages in the browser, each checked with axe (issue 9 part 7,
 * ADR 0023).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisabledIfSystemProperty(named = "browser.tests.skip", matches = "true")
class BreakGlassBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	IntakeScreenings screenings;

	private BrowserContext facilitatorBrowser;

	private BrowserContext directorBrowser;

	@AfterEach
	void closeBrowsers() {
		for (BrowserContext browser : new BrowserContext[] { this.facilitatorBrowser, this.directorBrowser }) {
			if (browser != null) {
				browser.close();
			}
		}
	}

	@Test
	@DisplayName("HIPAA 164.312(a)(2)(ii), ASVS 7.4.2: in the browser, a facilitator asks for emergency access after step-up, a director reviews it from the home page notice and opens the account page; every page passes axe")
	void requestsReviewsAndManagesAccounts() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		ParticipantId participant = SystemScope.callAs(agency,
				() -> this.participants.refer(new ReferralCommand("Glen", "Glass", LocalDate.of(1983, 4, 4),
						Gender.MALE, false, "English", ReferralSource.COURT, "2026-CF-72", LocalDate.of(2026, 11, 1))));
		SystemScope.callAs(agency, () -> {
			ScreeningAnswers.completeFor(this.screenings, this.participants, participant, LocalDate.of(2026, 11, 2));
			return null;
		});
		StaffUser facilitatorUser = fixture.newUser(agency, Role.FACILITATOR);
		StaffUser directorUser = fixture.newUser(agency, Role.PROGRAM_DIRECTOR);

		this.facilitatorBrowser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		Page page = this.facilitatorBrowser.newPage();
		BrowserSupport.signIn(page, facilitatorUser);
		page.navigate("/participants/" + participant);
		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Emergency access to the clinical screening").setExact(true))
			.click();
		assertThat(page.locator("#step-up-first")).isVisible();
		BrowserSupport.assertAccessible(page);
		BrowserSupport.stepUp(page, facilitatorUser, "/participants/" + participant + "/emergency-access");
		assertThat(page.locator("#step-up-first")).hasCount(0);
		page.getByLabel("Why this cannot wait").fill("urgent");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open emergency access")).click();
		assertThat(page.locator("#reason-error")).containsText("at least 20 characters");
		BrowserSupport.assertAccessible(page);
		page.getByLabel("Why this cannot wait").fill(BreakGlassIntegrationTests.REASON);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open emergency access")).click();
		assertThat(page.locator("#clinical-answers")).containsText("Mental-health screen findings");
		assertThat(page.locator("#window-open")).isVisible();
		BrowserSupport.assertAccessible(page);

		this.directorBrowser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		Page director = this.directorBrowser.newPage();
		BrowserSupport.signIn(director, directorUser);
		assertThat(director.locator("#break-glass-notice")).containsText("1 emergency access(es) to review");
		BrowserSupport.assertAccessible(director);
		director.locator("#break-glass-notice a").click();
		assertThat(director.locator("#break-glass-queue")).containsText(facilitatorUser.username());
		BrowserSupport.assertAccessible(director);
		director.locator("#break-glass-queue tbody a").first().click();
		assertThat(director.locator("#review-status")).containsText("To review");
		BrowserSupport.assertAccessible(director);
		director.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the review")).click();
		assertThat(director.locator("#outcome-error")).containsText("Choose the outcome");
		BrowserSupport.assertAccessible(director);
		director.locator("label.usa-radio__label", new Page.LocatorOptions().setHasText("Justified")).first().click();
		director.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the review")).click();
		assertThat(director.locator("#review-status")).containsText("Justified");
		BrowserSupport.assertAccessible(director);

		director.navigate("/staff/" + facilitatorUser.staffId() + "/account");
		assertThat(director.locator("#account-username")).hasText(facilitatorUser.username());
		BrowserSupport.assertAccessible(director);
	}

}
