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

	@Test
	@DisplayName("PRG-6: in the browser, the director records a first protocol application on the page, then the Department's approval with its renewal date, and sees the renewal due on the program page; axe finds nothing")
	void directorRecordsApplicationAndApproval() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		LocalDate today = this.program.today();
		StaffUser director = fixture.newUser(agency, Role.PROGRAM_DIRECTOR);
		this.browser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		Page page = this.browser.newPage();
		BrowserSupport.signIn(page, director);
		page.navigate("/program/protocol");
		BrowserSupport.assertAccessible(page);
		page.getByLabel("Kind").selectOption("INITIAL");
		page.getByLabel("Day submitted to the Department").fill(today.minusDays(30).toString());
		page.getByLabel("Signed by").fill("Dana Whitfield");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record application")).click();
		assertThat(page.locator("main")).containsText("Application recorded.");
		assertThat(page.locator("#application")).containsText("Under review by the Department and the PASC");
		BrowserSupport.assertAccessible(page);

		page.getByLabel("Decision", new Page.GetByLabelOptions().setExact(true)).selectOption("APPROVED");
		page.getByLabel("Day of the decision", new Page.GetByLabelOptions().setExact(true))
			.fill(today.minusDays(5).toString());
		page.getByLabel("Renewal due on, if the Department gave the date").fill(today.plusDays(45).toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record decision")).click();
		assertThat(page.locator("main")).containsText("Decision recorded.");
		assertThat(page.locator("#application")).containsText("Renewal due " + today.plusDays(45));
		assertThat(page.locator("#notice-form")).isVisible();
		BrowserSupport.assertAccessible(page);

		page.navigate("/program?window=60");
		assertThat(page.locator("#due")).containsText("Protocol renewal, on the date the Department gave");
		assertThat(page.locator("#due")).containsText(today.plusDays(45).toString());
	}

	@Test
	@DisplayName("PRG-8: in the browser, the director writes the continuation plan on the page with an alternate location and a cooperative agreement, and sees it is not yet shared with a referral source (501.260); axe finds nothing")
	void directorWritesContinuationPlan() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		LocalDate today = this.program.today();
		StaffUser director = fixture.newUser(agency, Role.PROGRAM_DIRECTOR);
		this.browser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		Page page = this.browser.newPage();
		BrowserSupport.signIn(page, director);
		page.navigate("/program/continuation");
		assertThat(page.locator("#plan-none")).isVisible();
		BrowserSupport.assertAccessible(page);
		page.getByLabel("Next review on").fill(today.plusDays(200).toString());
		page.getByLabel("How the primary referral sources are told of a suspension or closure")
			.fill("The director calls each referring judge the same day.");
		page.locator("#locations0\\.name").fill("Church hall");
		page.locator("#locations0\\.address").fill("410 Elm Street");
		page.locator("#cooperation0\\.providerName").fill("Lakeside PAIP");
		page.locator("#cooperation0\\.continuity").fill("Seats our participants for up to 90 days");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the plan")).click();
		assertThat(page.locator("main")).containsText("Continuation plan saved.");
		assertThat(page.locator("#locations")).containsText("Church hall, 410 Elm Street");
		assertThat(page.locator("#cooperation")).containsText("Lakeside PAIP");
		assertThat(page.locator("#plan-missing")).isVisible();
		assertThat(page.locator("#sharing-form")).isVisible();
		assertThat(page.locator("main")).containsText("You are changing version 0 of the plan.");
		BrowserSupport.assertAccessible(page);
	}

	@Test
	@DisplayName("PRG-10: in the browser, the director records a grant agreement with two budget lines on the page, adds a row with 'Add a line', and sees the grant listed on the program page with its budget; axe finds nothing")
	void directorRecordsGrantWithTwoLines() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		LocalDate today = this.program.today();
		StaffUser director = fixture.newUser(agency, Role.PROGRAM_DIRECTOR);
		this.browser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		Page page = this.browser.newPage();
		BrowserSupport.signIn(page, director);
		page.navigate("/program");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a grant agreement")).click();
		assertThat(page.locator("h1")).hasText("Record a grant agreement");
		assertThat(page.locator("#line-rows tbody tr")).hasCount(5);
		BrowserSupport.assertAccessible(page);
		page.getByLabel("Agreement number").fill("DHS-27-0202");
		page.getByLabel("Grant period starts on").fill(today.withDayOfMonth(1).minusMonths(2).toString());
		page.getByLabel("Grant period ends on").fill(today.withDayOfMonth(1).plusMonths(10).minusDays(1).toString());
		page.getByLabel("Amount awarded, in dollars (501.420(c)(3))").fill("15000.00");
		page.getByLabel("Agreement signed").fill(today.minusMonths(2).toString());
		page.getByLabel("Code, line 1", new Page.GetByLabelOptions().setExact(true)).fill("STAFF");
		page.getByLabel("Name, line 1", new Page.GetByLabelOptions().setExact(true)).fill("Facilitator hours");
		page.getByLabel("Budgeted, in dollars, line 1", new Page.GetByLabelOptions().setExact(true)).fill("12000.00");
		page.getByLabel("Justification, line 1", new Page.GetByLabelOptions().setExact(true))
			.fill("Two facilitators, 26 groups");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a line")).click();
		assertThat(page.locator("#line-rows tbody tr")).hasCount(6);
		assertThat(page.getByLabel("Code, line 1", new Page.GetByLabelOptions().setExact(true))).hasValue("STAFF");
		page.getByLabel("Code, line 6", new Page.GetByLabelOptions().setExact(true)).fill("SUPP");
		page.getByLabel("Name, line 6", new Page.GetByLabelOptions().setExact(true)).fill("Supplies");
		page.getByLabel("Budgeted, in dollars, line 6", new Page.GetByLabelOptions().setExact(true)).fill("3000.00");
		page.getByLabel("Justification, line 6", new Page.GetByLabelOptions().setExact(true))
			.fill("Workbooks for participants");
		BrowserSupport.assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record grant agreement")).click();
		assertThat(page.locator("main")).containsText("Grant agreement recorded.");
		assertThat(page.locator("#line-STAFF")).containsText("Facilitator hours");
		assertThat(page.locator("#line-SUPP")).containsText("$3,000.00");
		BrowserSupport.assertAccessible(page);
		page.navigate("/program");
		assertThat(page.locator("#grants")).containsText("DHS-27-0202");
		assertThat(page.locator("#grants")).containsText("$15,000.00");
		BrowserSupport.assertAccessible(page);
	}

	@Test
	@DisplayName("PRG-9: in the browser, the director proposes an innovation with the seven 501.310(a) fields and opens it to record the Department's decision; axe finds nothing on both pages")
	void directorProposesInnovation() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		StaffUser director = fixture.newUser(agency, Role.PROGRAM_DIRECTOR);
		this.browser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		Page page = this.browser.newPage();
		BrowserSupport.signIn(page, director);
		page.navigate("/program/innovation");
		BrowserSupport.assertAccessible(page);
		page.getByLabel("Title of the approach").fill("Fathering after violence");
		page.getByLabel("Written plan or curriculum (501.310(a)(1))").fill("Twelve sessions");
		page.getByLabel("Reasons for the different approach (501.310(a)(2))").fill("Participants are fathers");
		page.getByLabel("Process for evaluating efficacy (501.310(a)(5))").fill("Pre and post survey");
		page.getByLabel("Adherence to the principles of Part 501 (501.310(a)(6))").fill("Victim safety first");
		page.getByLabel("Evidence-based practice or model (501.310(a)(7))").fill("Caring Dads");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record proposal")).click();
		assertThat(page.locator("#acceptsMonitoring-error")).containsText("501.310(a)(3)");
		BrowserSupport.assertAccessible(page);
		page.getByText("The program accepts additional monitoring (501.310(a)(3))").click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record proposal")).click();
		assertThat(page.locator("main")).containsText("Innovation proposal recorded.");
		assertThat(page.locator("#decision-form")).isVisible();
		BrowserSupport.assertAccessible(page);
	}

}
