package org.paipmanager.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
import org.paipmanager.program.ProtocolApplicationCommand.Kind;
import org.paipmanager.program.ProtocolDecisionCommand.DenialArea;
import org.paipmanager.program.ProtocolDecisionCommand.Outcome;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.SystemScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisabledIfSystemProperty(named = "browser.tests.skip", matches = "true")
class ProgramAdministrationBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ProgramManagement program;

	@Autowired
	ApplyingForProtocol protocol;

	@Autowired
	AccountingForGrants grants;

	private BrowserContext browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	@DisplayName("PRG-6, PRG-10: in the browser, the director sees what is due in 30, 60 and 90 days with its sections, is refused a grievance filed on day 31 next to the field while the one in time awaits its response, and records a grant expenditure that overspends its line; axe finds nothing")
	void directorWorksThroughWhatIsDue() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		LocalDate today = this.program.today();
		UUID[] renewal = new UUID[1];
		UUID grant = SystemScope.callAs(agency, () -> {
			UUID approved = this.protocol.submit(new ProtocolApplicationCommand(Kind.INITIAL, null,
					today.minusDays(400), "Dana Whitfield", List.of()));
			this.protocol.decide(approved, 0, new ProtocolDecisionCommand(Outcome.APPROVED, today.minusDays(380), null,
					null, null, today.plusDays(50), List.of()));
			renewal[0] = this.protocol.submit(new ProtocolApplicationCommand(Kind.RENEWAL, approved,
					today.minusDays(60), "Dana Whitfield", List.of()));
			this.protocol.decide(renewal[0], 0, new ProtocolDecisionCommand(Outcome.DENIED, today.minusDays(31), null,
					null, null, null, List.of(new DenialArea("501.300", "No observation in six months"))));
			UUID site = this.protocol.submit(new ProtocolApplicationCommand(Kind.INITIAL, null, today.minusDays(40),
					"Dana Whitfield", List.of()));
			this.protocol.decide(site, 0, new ProtocolDecisionCommand(Outcome.DENIED, today.minusDays(10), null, null,
					null, null, List.of(new DenialArea("501.105(a)", "No victim service agreement"))));
			this.protocol.fileGrievance(new GrievanceCommand(site, GrievanceCommand.Action.DENIAL, today.minusDays(5),
					null, "The agreement was signed before the denial.", null));
			return this.grants.register(new GrantCommand(GrantCommand.DEPARTMENT, "DHS-26-0099",
					today.withDayOfMonth(1).minusMonths(4), today.withDayOfMonth(1).plusMonths(8).minusDays(1), null,
					new BigDecimal("5000.00"), today.minusMonths(4), 30,
					List.of(new GrantCommand.Line("SUPP", "Supplies", new BigDecimal("300.00"), "Workbooks"))));
		});
		StaffUser director = fixture.newUser(agency, Role.PROGRAM_DIRECTOR);

		this.browser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		Page page = this.browser.newPage();
		BrowserSupport.signIn(page, director);
		page.navigate("/");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Program administration")).click();
		assertThat(page.locator("h1")).hasText("Program administration");
		assertThat(page.locator("#due")).containsText("Protocol renewal, on the date the Department gave");
		assertThat(page.locator("#due")).containsText("501.40(a)");
		assertThat(page.locator("#due")).containsText("Quarterly expenditure documentation");
		assertThat(page.locator("#due")).containsText("501.440(b)(2)");
		BrowserSupport.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next 30 days")).click();
		assertThat(page.locator("main h2").first()).hasText("Overdue and due in the next 30 days");
		assertThat(page.locator("#due")).not().containsText("Protocol renewal");
		BrowserSupport.assertAccessible(page);

		page.navigate("/program/protocol");
		assertThat(page.locator("#applications")).containsText("501.300: No observation in six months");
		page.getByLabel("Application denied, or approval removed").selectOption(renewal[0].toString());
		page.getByLabel("Action grieved").selectOption("DENIAL");
		page.getByLabel("Day the written grievance was submitted").fill(today.toString());
		page.getByLabel("Grounds of the grievance").fill("The observation took place and is on file.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record grievance")).click();
		assertThat(page.locator("#filedOn-error")).containsText("within 30 calendar days after the denial");
		assertThat(page.locator("#grievances")).containsText("Awaiting the Department response");
		assertThat(page.locator("#grievances tbody tr")).hasCount(1);
		BrowserSupport.assertAccessible(page);

		page.navigate("/program/grants/" + grant);
		page.getByLabel("Day spent").fill(today.minusDays(3).toString());
		page.getByLabel("Paid to").fill("Prairie Office Supply");
		page.getByLabel("Goods or services purchased").fill("Workbooks (30)");
		page.getByLabel("Amount in dollars").fill("320.00");
		page.getByLabel("Document (invoice, receipt or payroll register number)").fill("INV-77");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record expenditure")).click();
		assertThat(page.locator("main")).containsText("Expenditure recorded.");
		assertThat(page.locator("#line-SUPP")).containsText("Overspent");
		assertThat(page.locator("#line-SUPP")).containsText("-$20.00");
		BrowserSupport.assertAccessible(page);
	}

}
