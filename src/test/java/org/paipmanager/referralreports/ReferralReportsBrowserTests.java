package org.paipmanager.referralreports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

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
import org.paipmanager.consent.ConsentFixture;
import org.paipmanager.consent.InformationCategory;
import org.paipmanager.group.AttendedGroup;
import org.paipmanager.participant.ReferralSource;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.Role;
import org.paipmanager.system.security.TotpCodes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisabledIfSystemProperty(named = "browser.tests.skip", matches = "true")
class ReferralReportsBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	private BrowserContext browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	@DisplayName("OUT-3: in the browser, the director generates the month's reports, watches the batch finish and opens one report")
	void generatesTheMonthsReportsAndOpensOne() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		AttendedGroup group = AttendedGroup.of(this.context, agency, 2, ReferralSource.PROBATION, 3);
		ConsentFixture.in(this.context)
			.release(agency, group.members().get(0),
					ConsentFixture.toReferralSource(LocalDate.now().minusMonths(1), LocalDate.now().plusYears(1),
							InformationCategory.ATTENDANCE_AND_COMPLIANCE,
							InformationCategory.PROGRESS_AND_FINAL_REPORTS));
		StaffUser director = fixture.newUser(agency, Role.PROGRAM_DIRECTOR);
		YearMonth month = YearMonth.now();
		String monthName = month.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));

		this.browser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		Page page = this.browser.newPage();
		BrowserSupport.signIn(page, director);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reports to referral sources")).click();
		BrowserSupport.assertAccessible(page);
		page.getByLabel("Month").fill(month.toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Generate the reports for " + monthName))
			.click();
		// The batch is a bulk export (ASVS 7.5.3): a code first, then back to the form.
		assertThat(page.locator("main h1")).hasText("Confirm it is you");
		BrowserSupport.assertAccessible(page);
		page.getByLabel("6-digit code").fill(TotpCodes.forStep(director.totpSecret(), TotpCodes.currentStep() + 1));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm")).click();
		page.getByLabel("Month").fill(month.toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Generate the reports for " + monthName))
			.click();
		assertThat(page.locator("main h1")).hasText("Reports for " + monthName);
		BrowserSupport.assertAccessible(page);
		assertThat(page.locator("#batch-done")).containsText("Done: 2 participants, 0 failed.");
		assertThat(page.locator("#batch-progress")).hasAttribute("value", "2");
		assertThat(page.locator("#batch-items")).containsText("Sent");
		assertThat(page.locator("#batch-items")).containsText("Held: no release");
		BrowserSupport.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Member1 Attending")).click();
		assertThat(page.locator("main h1")).hasText("Monthly report for " + monthName + ": Member1 Attending");
		assertThat(page.locator("#report-attendance")).containsText("Sessions attended");
		assertThat(page.locator(".paip-letter")).containsText("501.230(b)");
		assertThat(page.locator("#delivery-log")).containsText("Sent under disclosure ledger entry");
		BrowserSupport.assertAccessible(page);
	}

}
