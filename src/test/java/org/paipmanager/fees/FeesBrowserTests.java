package org.paipmanager.fees;

import java.math.BigDecimal;
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
import org.paipmanager.BrowserSupport;
import org.paipmanager.participant.Gender;
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
class FeesBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	FeesManagement fees;

	private BrowserContext browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	@DisplayName("PRG-7: in the browser, an intake worker records a payment from the participant file and opens its receipt")
	void recordsAPaymentAndOpensTheReceipt() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		LocalDate today = LocalDate.now();
		ParticipantId participant = fixture.enrolledParticipant(agency, "Payer", Gender.MALE, today.minusWeeks(4));
		SystemScope.callAs(agency, () -> {
			this.fees.writePolicy(FeesFixture.policy(today.minusYears(1), 0));
			this.fees.assess(participant, FeeAssessmentCommand.onScale(today.minusWeeks(4), 2, new BigDecimal("1500")));
			return this.fees.recordCharge(participant, new ChargeCommand(today, new BigDecimal("60.00"), "Workbook"));
		});
		this.browser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		Page page = this.browser.newPage();
		BrowserSupport.signIn(page, fixture.newUser(agency, Role.INTAKE_WORKER));

		page.navigate("/participants/" + participant);
		assertThat(page.locator("#fees-fee-per-session")).hasText("$20.00");
		assertThat(page.locator("#fees-balance")).hasText("$60.00");
		page.locator("#fees-ledger-link").click();
		BrowserSupport.assertAccessible(page);

		page.getByLabel("Amount paid ($)").fill("25.00");
		page.getByLabel("Method").selectOption(new SelectOption().setLabel("Money order"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record payment")).click();
		assertThat(page.locator("#payment-recorded")).containsText("Payment recorded with receipt number 1.");
		assertThat(page.locator("#ledger-balance")).containsText("$35.00");
		BrowserSupport.assertAccessible(page);

		page.locator("#receipt-link").click();
		assertThat(page.locator("h1")).hasText("Receipt number 1");
		assertThat(page.locator("#receipt-amount")).hasText("$25.00");
		assertThat(page.locator("#receipt-balance")).hasText("$35.00");
		BrowserSupport.assertAccessible(page);

		page.navigate("/fees/policy");
		assertThat(page.locator("#minimum-fee")).hasText("$8.00");
		BrowserSupport.assertAccessible(page);
	}

	@Test
	@DisplayName("PRG-7: in the browser, the director writes a fee policy version and a gap in the scale is refused on its row")
	void writesAPolicyAndRefusesAGap() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		this.browser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		Page page = this.browser.newPage();
		BrowserSupport.signIn(page, fixture.newUser(agency, Role.PROGRAM_DIRECTOR));
		page.navigate("/fees/policy");
		assertThat(page.locator("#no-policy")).isVisible();
		BrowserSupport.assertAccessible(page);
		page.locator("#new-policy").click();
		page.getByLabel("Minimum fee per session ($)").fill("5.00");
		page.getByLabel("What a reduction or waiver requires").fill("Proof of income.");
		page.getByLabel("The policy as participants are shown it").fill("Fees follow a sliding scale.");
		page.getByLabel("Household size from row 1").fill("1");
		page.getByLabel("Monthly income from row 1").fill("0");
		page.getByLabel("Monthly income to row 1").fill("999.99");
		page.getByLabel("Fee per session row 1").fill("10");
		page.getByLabel("Household size from row 2").fill("1");
		page.getByLabel("Monthly income from row 2").fill("1200");
		page.getByLabel("Fee per session row 2").fill("20");
		BrowserSupport.assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save this version")).click();
		assertThat(page.locator("#band-1-incomeFrom-error")).containsText("Gap");
		BrowserSupport.assertAccessible(page);
		page.getByLabel("Monthly income from row 2").fill("1000.00");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save this version")).click();
		assertThat(page.locator(".usa-alert--success")).containsText("Fee policy version 1 saved.");
		assertThat(page.locator("#fee-scale")).containsText("$1,000.00 and more");
	}

}
