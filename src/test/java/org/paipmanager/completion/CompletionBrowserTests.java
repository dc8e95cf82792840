package org.paipmanager.completion;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import org.paipmanager.AgencyFixture;
import org.paipmanager.BrowserSupport;
import org.paipmanager.group.AttendedGroup;
import org.paipmanager.participant.ReferralSource;
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
class CompletionBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

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
	@DisplayName("GRP-4, GRP-7: a facilitator records the 24th session for a full group and assesses the criteria; the director completes the program")
	void participantReachesCompletion() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		AttendedGroup group = AttendedGroup.of(this.context, agency, 15, ReferralSource.COURT, 23);
		ParticipantId member = group.members().get(0);

		this.facilitatorBrowser = newContext();
		Page facilitator = this.facilitatorBrowser.newPage();
		BrowserSupport.signIn(facilitator, fixture.newUser(agency, Role.FACILITATOR));
		facilitator.navigate("/groups/" + group.groupId());
		facilitator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record attendance")).click();
		assertThat(facilitator.locator("fieldset.usa-fieldset legend.usa-legend--large")).hasCount(15);
		facilitator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save attendance")).click();
		assertThat(facilitator.locator(".usa-alert--success")).containsText("Attendance was saved.");
		assertThat(facilitator.locator("#recorded-sessions")).containsText("15 of 15");

		facilitator.navigate("/participants/" + member + "/completion");
		assertThat(facilitator.locator("label[for='completion-sessions']")).hasText("Sessions: 24 of 24");
		assertThat(facilitator.locator("#completion-blockers li")).hasCount(7);
		BrowserSupport.assertAccessible(facilitator);
		for (CompletionCriterion criterion : CompletionCriterion.values()) {
			facilitator.locator("#criterion-" + criterion + " a").click();
			facilitator.locator("label[for='met-yes']").click();
			facilitator.locator("#evidence").fill("Observed in group sessions 20 to 24; see progress notes.");
			if (criterion == CompletionCriterion.NO_CURRENT_VIOLENCE) {
				BrowserSupport.assertAccessible(facilitator);
			}
			facilitator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save assessment")).click();
			assertThat(facilitator.locator(".usa-alert--success")).containsText("The assessment was saved.");
		}
		assertThat(facilitator.locator("#completion-ready")).isVisible();
		// Facilitators assess; the program's end is the director's decision.
		assertThat(facilitator.locator("#complete-form")).hasCount(0);

		this.directorBrowser = newContext();
		Page director = this.directorBrowser.newPage();
		BrowserSupport.signIn(director, fixture.newUser(agency, Role.PROGRAM_DIRECTOR));
		director.navigate("/participants/" + member);
		director.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open completion")).click();
		assertThat(director.locator("#completion-criteria caption")).containsText("7 of 7 met");
		BrowserSupport.assertAccessible(director);
		director.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete the program")).click();
		assertThat(director.locator(".usa-alert--success")).containsText("The program was completed.");
		assertThat(director.locator("#completion-outcome")).containsText("Completed on");
		director.locator("#certificate-link").click();
		assertThat(director.locator("#certificate")).containsText("Member1 Attending completed the requirements");
		assertThat(director.locator("#certificate-notice")).containsText("does not guarantee");
		BrowserSupport.assertAccessible(director);
	}

	private BrowserContext newContext() {
		return BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
	}

}
