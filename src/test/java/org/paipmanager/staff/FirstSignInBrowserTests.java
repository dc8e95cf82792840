package org.paipmanager.staff;

import java.util.regex.Pattern;

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
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.StaffId;
import org.paipmanager.system.security.TotpCodes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The first sign-in of a new account in the browser (issue 9 proof 7, ASVS 5.0 6.4.1 and
 * 6.2, ADR 0028): a director creates it and reads the temporary password once; the new
 * user signs in with it, is refused a short password beside the field, chooses one, and
 * goes on to set up the authenticator app. Every page passes axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisabledIfSystemProperty(named = "browser.tests.skip", matches = "true")
class FirstSignInBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	private BrowserContext directorBrowser;

	private BrowserContext newcomerBrowser;

	@AfterEach
	void closeBrowsers() {
		for (BrowserContext browser : new BrowserContext[] { this.directorBrowser, this.newcomerBrowser }) {
			if (browser != null) {
				browser.close();
			}
		}
	}

	@Test
	@DisplayName("ASVS 6.4.1, 6.2.1: in the browser, a director creates an account and the new user replaces the temporary password at the first sign-in, then sets up the authenticator; every page passes axe")
	void newUserReplacesTheTemporaryPasswordAtFirstSignIn() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		StaffId newcomer = fixture.newStaffMember(agency, "Noor", "Newcomer");
		String username = "noor-" + agency.value().toString().substring(0, 8);

		this.directorBrowser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		Page director = this.directorBrowser.newPage();
		BrowserSupport.signIn(director, fixture.newUser(agency, Role.PROGRAM_DIRECTOR));
		director.navigate("/staff/" + newcomer.value() + "/account");
		assertThat(director.locator("#no-account")).isVisible();
		BrowserSupport.assertAccessible(director);
		director.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
		assertThat(director.locator("#username-error")).containsText("Enter a username.");
		BrowserSupport.assertAccessible(director);
		director.getByLabel("Username").fill(username);
		director.locator("label[for=new-role-FACILITATOR]").click();
		director.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
		assertThat(director.locator("#temporary-password")).isVisible();
		BrowserSupport.assertAccessible(director);
		String temporary = director.locator("#temporary-password").textContent().strip();

		this.newcomerBrowser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		Page page = this.newcomerBrowser.newPage();
		page.navigate("/login");
		page.getByLabel("Username").fill(username);
		page.getByLabel("Password").fill(temporary);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page).hasURL(Pattern.compile(".*/login/password$"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Choose your own password")))
			.isVisible();
		BrowserSupport.assertAccessible(page);
		page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("too short");
		page.getByLabel("Type the new password again").fill("too short");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue")).click();
		assertThat(page.locator("#password-error")).containsText("Use at least 15 characters.");
		BrowserSupport.assertAccessible(page);
		page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
			.fill(SignInAccountLifecycleIntegrationTests.CHOSEN);
		page.getByLabel("Type the new password again").fill(SignInAccountLifecycleIntegrationTests.CHOSEN);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue")).click();
		assertThat(page).hasURL(Pattern.compile(".*/account/totp/enrol$"));
		BrowserSupport.assertAccessible(page);
		String secret = page.locator("#totp-secret").getAttribute("data-secret");
		page.getByLabel("6-digit code").fill(TotpCodes.current(secret));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm")).click();
		assertThat(page.locator("#change-password-link")).isVisible();
		page.locator("#change-password-link").click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Change your password")))
			.isVisible();
		BrowserSupport.assertAccessible(page);
	}

}
