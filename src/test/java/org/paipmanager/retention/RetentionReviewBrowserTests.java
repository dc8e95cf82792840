package org.paipmanager.retention;

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
import org.paipmanager.participant.Gender;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
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
class RetentionReviewBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	RetentionManagement retention;

	private BrowserContext browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	@DisplayName("CON-3: in the browser, the director places and releases a hold, then approves the destruction batch")
	void directorReviewsHoldsAndApprovesTheBatch() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		ParticipantId old = fixture.enrolledParticipant(agency, "Oldman", Gender.MALE, LocalDate.of(2017, 10, 2));
		SystemScope.callAs(agency, () -> {
			this.participants.endProgram(old, ProgramStage.COMPLETED, LocalDate.of(2018, 3, 15));
			return null;
		});
		SystemScope.callAs(agency, this.retention::prepareBatch).orElseThrow();
		StaffUser director = fixture.newUser(agency, Role.PROGRAM_DIRECTOR);

		this.browser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		Page page = this.browser.newPage();
		BrowserSupport.signIn(page, director);

		page.navigate("/");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record retention")).click();
		assertThat(page.locator("#candidates")).containsText(old.value().toString());
		assertThat(page.locator("#candidates")).containsText("2024-03-16");
		BrowserSupport.assertAccessible(page);

		page.getByLabel("Kind of hold").selectOption("AUDIT");
		page.getByLabel("Reason", new Page.GetByLabelOptions().setExact(true)).fill("   ");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place hold")).click();
		assertThat(page.locator("#reason-error")).containsText("Give the reason for the hold.");
		BrowserSupport.assertAccessible(page);

		page.getByLabel("Kind of hold").selectOption("DEPARTMENT_REVIEW");
		page.getByLabel("Reason", new Page.GetByLabelOptions().setExact(true)).fill("Department desk review 2026");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place hold")).click();
		assertThat(page.locator("#holds")).containsText("Every record of the agency");
		assertThat(page.locator("#held")).containsText(old.value().toString());
		BrowserSupport.assertAccessible(page);

		page.getByLabel("Reason for release").fill("Desk review closed");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Release hold")).click();
		assertThat(page.locator("#holds")).containsText("Desk review closed");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve destruction")).click();
		assertThat(page.locator("main")).containsText("The batch was approved and the eligible records destroyed");
		assertThat(page.locator("#no-batch")).isVisible();
		BrowserSupport.assertAccessible(page);
	}

}
