package org.paipmanager.referralreports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

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
import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.PartnerAgencyCategory;
import org.paipmanager.consent.ConsentFixture;
import org.paipmanager.consent.InformationCategory;
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
class ReferralSourceViewerBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ReferralReportsManagement reports;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	AgencyManagement agencies;

	private BrowserContext browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	@DisplayName("OUT-3, CON-2: in the browser, the director links a probation officer's account to her office; she signs in with a code, lands on the reports about people their office referred, is told some are not shown, and opens a released report")
	void probationOfficerOpensAReleasedReport() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		YearMonth month = YearMonth.now().minusMonths(1);
		UUID office = SystemScope.callAs(agency, () -> this.agencies.addPartnerAgency("McLean County Adult Probation",
				PartnerAgencyCategory.JUDICIARY_PROBATION, "(309) 555-0100", "McLean", false));
		ParticipantId released = referred(agency, office, "Malcolm");
		ConsentFixture.in(this.context)
			.release(agency, released,
					ConsentFixture.toReferralSource(LocalDate.now().minusMonths(2), LocalDate.now().plusYears(1),
							InformationCategory.ATTENDANCE_AND_COMPLIANCE,
							InformationCategory.PROGRESS_AND_FINAL_REPORTS));
		SystemScope.callAs(agency, () -> this.reports.generateMonthly(released, month));
		ParticipantId held = referred(agency, office, "Norbert");
		SystemScope.callAs(agency, () -> this.reports.generateMonthly(held, month));
		StaffUser officer = fixture.newUser(agency, Role.REFERRAL_SOURCE_VIEWER);
		StaffUser director = fixture.newUser(agency, Role.PROGRAM_DIRECTOR);
		String monthName = month.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));

		// The director links the officer's account to her office.
		this.browser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		Page staff = this.browser.newPage();
		BrowserSupport.signIn(staff, director);
		staff.navigate("/staff");
		staff
			.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Referral-source viewer accounts and their offices"))
			.click();
		assertThat(staff.locator("main h1")).hasText("Referral-source viewer accounts");
		BrowserSupport.assertAccessible(staff);
		staff.locator("#office-" + officer.staffId().value()).selectOption("McLean County Adult Probation");
		staff.locator("#viewer-" + officer.staffId().value())
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save the link"))
			.click();
		assertThat(staff.locator("#viewer-" + officer.staffId().value()))
			.containsText("Linked to McLean County Adult Probation.");
		BrowserSupport.assertAccessible(staff);
		this.browser.close();

		this.browser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		Page page = this.browser.newPage();
		BrowserSupport.signIn(page, officer);
		page.navigate("/");

		assertThat(page.locator("main h1")).hasText("Reports about people you referred");
		assertThat(page.locator("#released-reports")).containsText("Malcolm Referred");
		assertThat(page.locator("#released-reports")).containsText("Monthly report");
		assertThat(page.locator("#released-reports")).containsText(monthName);
		assertThat(page.locator("#released-reports")).not().containsText("Norbert");
		assertThat(page.locator("#released-some-not-shown")).containsText("Some reports may not be shown");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Participants").setExact(true)))
			.hasCount(0);
		BrowserSupport.assertAccessible(page);

		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Open the Monthly report on Malcolm Referred"))
			.click();
		assertThat(page.locator("main h1")).hasText("Monthly report for " + monthName + ": Malcolm Referred");
		assertThat(page.locator("#report-attendance")).containsText("Sessions attended");
		assertThat(page.locator("#released-sent-on")).containsText("Sent to you on");
		assertThat(page.locator("main")).not().containsText("Delivery log");
		BrowserSupport.assertAccessible(page);
	}

	private ParticipantId referred(AgencyId agency, UUID office, String firstName) {
		return SystemScope.callAs(agency,
				() -> this.participants.refer(new ReferralCommand(firstName, "Referred", LocalDate.of(1983, 4, 4),
						Gender.MALE, false, "English", ReferralSource.PROBATION, null, LocalDate.now().minusMonths(2),
						0, null, office, "Officer Quinn", null, null, null, null, null)));
	}

}
