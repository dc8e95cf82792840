package org.paipmanager.staff;

import java.time.LocalDate;
import java.time.ZoneOffset;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
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
import org.paipmanager.shared.StaffId;
import org.paipmanager.shared.SystemScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisabledIfSystemProperty(named = "browser.tests.skip", matches = "true")
class StaffComplianceBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	StaffManagement staff;

	private BrowserContext browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	@DisplayName("PRG-1..PRG-4: in the browser, the director reads the staff compliance dashboard by window, opens the staff record, and marks a Department notification sent; axe finds no violation")
	void directorUsesDashboardAndNotifications() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		StaffId renee = fixture.newStaffMember(agency, "Renee", "Abbott");
		SystemScope.callAs(agency, () -> {
			this.staff.addLicence(renee, new LicenceCommand("CADC", "C-1", null, today.plusDays(50)));
			return null;
		});
		StaffUser director = fixture.newUser(agency, Role.PROGRAM_DIRECTOR);

		this.browser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		Page page = this.browser.newPage();
		BrowserSupport.signIn(page, director);

		page.navigate("/");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Staff compliance")).click();
		assertThat(page.locator("h1")).hasText("Staff compliance");
		assertThat(page.locator("#overdue")).containsText("Abbott, Renee");
		assertThat(page.locator("#overdue")).containsText("501.290(b)");
		assertThat(page.locator("#due")).not().containsText("Licence CADC");
		BrowserSupport.assertAccessible(page);

		page.getByLabel("Show what falls due within").selectOption("60");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
		assertThat(page.locator("#due")).containsText("Licence CADC: valid until " + today.plusDays(50));
		assertThat(page.locator("#by-rule")).containsText("501.280(c)");
		BrowserSupport.assertAccessible(page);

		page.locator("#due")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Abbott, Renee"))
			.first()
			.click();
		assertThat(page.locator("h1")).hasText("Renee Abbott");
		assertThat(page.locator("#compliance")).containsText(today.plusDays(50).toString());
		BrowserSupport.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Department notifications")).click();
		assertThat(page.locator("#notifications")).containsText("Staff member hired");
		Locator row = page.locator("#notifications tbody tr")
			.filter(new Locator.FilterOptions().setHasText("Renee Abbott"));
		assertThat(row).containsText("Overdue by");
		BrowserSupport.assertAccessible(page);

		row.getByLabel("Sent on").fill(today.toString());
		row.getByLabel("Method").selectOption("EMAIL");
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark sent")).click();
		assertThat(page.locator("main")).containsText("The notification was marked sent.");
		assertThat(
				page.locator("#notifications tbody tr").filter(new Locator.FilterOptions().setHasText("Renee Abbott")))
			.containsText("Sent late");
		BrowserSupport.assertAccessible(page);
	}

	@Test
	@DisplayName("PRG-1: in the browser, the director records a training plan submitted to the Department, sees it overdue for approval on the dashboard with 501.290(b), records the Department's approval and sees it met; axe finds no violation")
	void directorRecordsTrainingPlanApproval() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		StaffId jordan = fixture.newStaffMember(agency, "Jordan", "Planner");
		StaffUser director = fixture.newUser(agency, Role.PROGRAM_DIRECTOR);
		this.browser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		Page page = this.browser.newPage();
		BrowserSupport.signIn(page, director);

		page.navigate("/staff/" + jordan);
		page.getByLabel("Day the plan was submitted").fill(today.minusDays(10).toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record training plan")).click();
		assertThat(page.locator("#training-plan")).containsText("Awaiting the Department's approval");
		assertThat(page.locator("#training-plan-approval-form")).isVisible();
		BrowserSupport.assertAccessible(page);

		page.navigate("/staff/compliance");
		Locator overdue = page.locator("#overdue tbody tr")
			.filter(new Locator.FilterOptions().setHasText("not approved by the Department"));
		assertThat(overdue).containsText("Planner, Jordan");
		assertThat(overdue).containsText("501.290(b)");
		BrowserSupport.assertAccessible(page);

		page.navigate("/staff/" + jordan);
		page.getByLabel("Day the Department approved the plan").fill(today.minusDays(2).toString());
		page.getByLabel("Approved by (name at the Department)").fill("M. Ortiz, IDHS");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the approval")).click();
		assertThat(page.locator("#training-plan"))
			.containsText("Approved by the Department on " + today.minusDays(2) + " (M. Ortiz, IDHS).");
		assertThat(page.locator("#compliance")).containsText("approved by the Department on " + today.minusDays(2));
		BrowserSupport.assertAccessible(page);
	}

}
