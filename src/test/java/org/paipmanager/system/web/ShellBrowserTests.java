package org.paipmanager.system.web;

import java.nio.file.Path;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import org.paipmanager.AgencyFixture;
import org.paipmanager.AgencyFixture.StaffUser;
import org.paipmanager.BrowserSupport;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.StaffId;
import org.paipmanager.system.security.TotpCodes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisabledIfSystemProperty(named = "browser.tests.skip", matches = "true")
class ShellBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	private BrowserContext browser;

	private AgencyFixture fixture;

	private AgencyId agency;

	@BeforeEach
	void openBrowser() {
		this.fixture = AgencyFixture.in(this.context);
		this.agency = this.fixture.newAgency();
		this.browser = BrowserSupport.browser()
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
				.setBaseURL("http://localhost:" + this.port));
	}

	@AfterEach
	void closeBrowser() {
		this.browser.close();
	}

	@Test
	void signsInWithTotpNavigatesTheShellAndEveryPageIsAccessible() {
		StaffUser director = this.fixture.newUser(this.agency, Role.ADMINISTRATOR, Role.PROGRAM_DIRECTOR);
		StaffId colleague = this.fixture.newStaffMember(this.agency, "Casey", "Colleague");
		Page page = this.browser.newPage();

		page.navigate("/staff");
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
		BrowserSupport.assertAccessible(page);
		page.getByLabel("Username").fill(director.username());
		page.getByLabel("Password").fill(director.password());
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
			.click();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING))
			.containsText("Enter your sign-in code");
		BrowserSupport.assertAccessible(page);
		page.getByLabel("6-digit code").fill(TotpCodes.current(director.totpSecret()));
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Continue"))
			.click();

		// Back where the user wanted to go, inside the shell with skip link, header and
		// side navigation.
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/staff(\\?continue)?$"));
		assertThat(page.locator("a.usa-skipnav")).hasAttribute("href", "#main-content");
		assertThat(page.locator("header")).containsText("Test agency");
		assertThat(page.locator("header")).containsText("Avery Tester");
		BrowserSupport.assertAccessible(page);
		page.screenshot(
				new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/staff-list.png")).setFullPage(true));

		page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Colleague, Casey"))
			.click();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
				new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Casey Colleague");
		assertThat(page.locator("#compliance")).containsText("501.290(b)");
		BrowserSupport.assertAccessible(page);

		page.navigate("/staff/" + colleague + "/edit");
		BrowserSupport.assertAccessible(page);
		page.navigate("/staff/new");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
			.click();
		// Required fields are enforced by the browser first; submit past it to see the
		// server's messages.
		page.evaluate("document.querySelectorAll('[required]').forEach(e => e.removeAttribute('required'))");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
			.click();
		assertThat(page.locator(".usa-error-message").first()).containsText("This field is required.");
		BrowserSupport.assertAccessible(page);

		page.locator("nav.usa-sidenav, .usa-sidenav").getByText("Agency and partners").click();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
				new Page.GetByRoleOptions().setLevel(1)))
			.containsText("Test agency");
		BrowserSupport.assertAccessible(page);

		page.locator(".usa-sidenav").getByText("Participants").click();
		BrowserSupport.assertAccessible(page);
		page.navigate("/participants/new");
		BrowserSupport.assertAccessible(page);
		page.getByLabel("First name").fill("Pat");
		page.getByLabel("Last name").fill("Browser");
		page.getByLabel("Date of birth").fill("1980-04-04");
		page.getByLabel("Gender (for same-gender groups, 501.90(d)(3))").selectOption("MALE");
		page.getByLabel("Referred by").selectOption("COURT");
		page.getByLabel("Referral received on").fill("2026-11-02");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
			.click();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
				new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Pat Browser");
		BrowserSupport.assertAccessible(page);
		page.getByText("Eligibility decision").click();
		// No decision before the face-to-face screening is complete (501.115(a)(2)).
		assertThat(page.locator("#screening-needed")).containsText("Complete the screening first.");
		BrowserSupport.assertAccessible(page);

		page.locator(".usa-sidenav").getByText("Groups").click();
		BrowserSupport.assertAccessible(page);
		page.navigate("/groups/new");
		page.getByLabel("Name").fill("Sixteen is too many");
		page.getByLabel("For", new Page.GetByLabelOptions().setExact(true)).selectOption("MALE");
		page.getByLabel("Weekday").selectOption("MONDAY");
		page.getByLabel("Starts at").fill("18:00");
		page.getByLabel("Location").fill("Room 3");
		page.getByLabel("Capacity (at most 15)").fill("16");
		page.getByLabel("Facilitator", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
		page.getByLabel("Co-facilitator").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(2));
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
			.click();
		assertThat(page.locator("#capacity-error"))
			.containsText("A group may have at most 15 participants (501.90(d)(4)).");
		BrowserSupport.assertAccessible(page);

		page.locator(".usa-sidenav").getByText("Audit log").click();
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Verify the chain"))
			.click();
		assertThat(page.locator("#verification")).containsText("intact");
		BrowserSupport.assertAccessible(page);

		page.locator(".usa-sidenav").getByText("API documentation").click();
		// The API document is generated on its first request, slowly on a busy machine.
		assertThat(page.locator(".swagger-ui .title")).containsText("PAIP Manager API",
				new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));

		page.navigate("/audit");
		page.getByText("Español").click();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
				new Page.GetByRoleOptions().setLevel(1)))
			.not()
			.hasText("Audit log");
		assertThat(page.locator("html")).hasAttribute("lang", "es");
		BrowserSupport.assertAccessible(page);
		page.screenshot(
				new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/audit-es.png")).setFullPage(true));
	}

	@Test
	void secondTabSavingAStaleEditSeesAConflictAndKeepsItsText() {
		StaffUser director = this.fixture.newUser(this.agency, Role.PROGRAM_DIRECTOR);
		StaffId member = this.fixture.newStaffMember(this.agency, "Morgan", "Original");
		Page first = this.browser.newPage();
		signIn(first, director);
		Page second = this.browser.newPage();
		first.navigate("/staff/" + member + "/edit");
		second.navigate("/staff/" + member + "/edit");

		first.getByLabel("Last name").fill("FromFirstTab");
		first.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
			.click();
		assertThat(first.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
				new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Morgan FromFirstTab");

		second.getByLabel("Last name").fill("FromSecondTab");
		second.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
			.click();
		assertThat(second.locator("#conflict")).containsText("Someone else saved this record");
		assertThat(second.locator("#conflict")).containsText("FromFirstTab");
		assertThat(second.getByLabel("Last name")).hasValue("FromSecondTab");
		BrowserSupport.assertAccessible(second);
	}

	private void signIn(Page page, StaffUser user) {
		BrowserSupport.signIn(page, user);
		assertThat(page.locator("main h1")).isVisible();
		org.assertj.core.api.Assertions.assertThat(page.url()).doesNotContain("/login");
	}

}
