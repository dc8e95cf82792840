package org.paipmanager.compliance;

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
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisabledIfSystemProperty(named = "browser.tests.skip", matches = "true")
class SelfCheckBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ComplianceManagement compliance;

	private BrowserContext browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	@DisplayName("PRG-5: in the browser, the director reads the self-check, approves a policy, opens a corrective action plan from a row and sees it listed; axe finds nothing")
	void directorWorksThroughTheSelfCheck() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		StaffUser director = fixture.newUser(agency, Role.PROGRAM_DIRECTOR);

		this.browser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		Page page = this.browser.newPage();
		BrowserSupport.signIn(page, director);

		page.navigate("/");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Compliance self-check")).click();
		assertThat(page.locator("#self-check tbody tr")).hasCount(24);
		assertThat(page.locator("#section-501-80")).containsText("No written policy");
		assertThat(page.locator("#section-501-80")).containsText("Not met");
		assertThat(page.locator("#section-501-290"))
			.containsText("Staff without the 40 hours of domestic violence training: 1");
		assertThat(page.locator("#section-501-290")).containsText("Avery Tester");
		assertThat(page.locator("#no-actions")).isVisible();
		BrowserSupport.assertAccessible(page);

		page.locator("#section-501-80")
			.getByRole(AriaRole.LINK,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName("No written policy"))
			.click();
		page.getByLabel("Title").fill("Program design");
		page.getByLabel("Policy and procedure")
			.fill("The program addresses violent and abusive behavior for the men of Cook County.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve and save")).click();
		assertThat(page.locator("#versions")).containsText("Version 1: Program design");
		BrowserSupport.assertAccessible(page);

		page.navigate("/compliance");
		assertThat(page.locator("#section-501-80")).containsText("Written policy in force");
		page.locator("#section-501-290")
			.getByRole(AriaRole.LINK,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Open a plan 501.290"))
			.click();
		assertThat(page.getByLabel("Section", new Page.GetByLabelOptions().setExact(true)))
			.hasValue("STAFF_COMPETENCY");
		page.getByLabel("Corrective actions").fill("Enrol Avery Tester in the next 40-hour training");
		page.getByLabel("Owner").fill("   ");
		page.getByLabel("Due date").fill(this.compliance.today().minusDays(1).toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the plan")).click();
		assertThat(page.locator("#owner-error")).containsText("Name who owns the plan.");
		BrowserSupport.assertAccessible(page);
		page.getByLabel("Owner").fill("Dana Whitfield");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the plan")).click();

		assertThat(page.locator("#corrective-actions")).containsText("Enrol Avery Tester in the next 40-hour training");
		assertThat(page.locator("#corrective-actions")).containsText("Overdue");
		assertThat(page.locator("#overdue-count")).containsText("Overdue: 1.");
		BrowserSupport.assertAccessible(page);
	}

}
