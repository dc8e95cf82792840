package org.paipmanager.agency;

import java.io.IOException;
import java.nio.file.Files;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import org.paipmanager.AgencyFixture;
import org.paipmanager.BrowserSupport;
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
class PartnerDirectoryBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

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
	@DisplayName("COO-1, COO-2, COO-4: in the browser, a director adds a directory entry, exports it as HSDS, imports it into another agency, logs an activity and opens the MOU registry")
	void addsExportsImportsAndLogs() throws IOException {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		SystemScope.callAs(agency, () -> this.agencies.addPartnerAgency(PartnerDirectoryIntegrationTests.probation()));

		this.browser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port)
				.setAcceptDownloads(true));
		Page page = this.browser.newPage();
		AgencyFixture.StaffUser director = fixture.newUser(agency, Role.PROGRAM_DIRECTOR);
		BrowserSupport.signIn(page, director);

		page.navigate("/agency");
		assertThat(page.locator("#directory")).containsText("Prairie County Adult Probation");
		BrowserSupport.assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a partner agency")).click();
		BrowserSupport.assertAccessible(page);
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Safe Harbor Shelter");
		page.getByLabel("Category").selectOption(new SelectOption().setLabel("Domestic violence victim services"));
		page.getByLabel("Counties served, separated by commas (optional)").fill("Prairie, Lake");
		page.getByLabel("Languages, separated by commas (optional)").fill("English, Spanish");
		page.locator("label[for='confidentialLocation1']").click();
		page.getByLabel("Street address (optional)").fill("12 Secret Lane");
		page.getByLabel("Services, one a line (name, or name: description) (optional)")
			.fill("Emergency shelter\nLegal advocacy: orders of protection");
		page.locator("#contacts0\\.name").fill("Rosa Diaz");
		page.locator("#contacts0\\.role").fill("Advocacy director");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the entry")).click();
		// Victim safety: the shelter's address is refused on its field.
		assertThat(page.locator("#addressLine-error")).containsText("A confidential location has no address here");
		BrowserSupport.assertAccessible(page);
		page.getByLabel("Street address (optional)").fill("");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the entry")).click();
		assertThat(page.locator(".usa-alert--success")).containsText("The directory entry was saved.");
		assertThat(page.locator("#partner-details")).containsText("no address is kept, shown or exported");
		assertThat(page.locator("#partner-contacts")).containsText("Rosa Diaz");
		BrowserSupport.assertAccessible(page);

		page.navigate("/agency?language=Spanish");
		assertThat(page.locator("#directory")).containsText("Safe Harbor Shelter");
		assertThat(page.locator("#directory")).not().containsText("Adult Probation");
		page.navigate("/agency");
		// Exports need a fresh step-up (ADR 0023).
		String here = page.url().replaceFirst("^https?://[^/]+", "");
		BrowserSupport.stepUp(page, director, here);
		Download download = page.waitForDownload(() -> page
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Export the directory (HSDS JSON)"))
			.click());
		byte[] export = Files.readAllBytes(download.path());
		org.assertj.core.api.Assertions.assertThat(new String(export, java.nio.charset.StandardCharsets.UTF_8))
			.contains("Safe Harbor Shelter")
			.doesNotContain("Secret Lane");

		// COO-2: the activity log, from not met to met.
		page.navigate("/coordination/activities");
		assertThat(page.locator("#compliance-status")).containsText("Not met");
		assertThat(page.locator("#compliance-reason-required")).containsText("501.105(d)");
		BrowserSupport.assertAccessible(page);
		page.getByLabel("Kind of activity")
			.selectOption(new SelectOption().setLabel("Periodic meeting with victim services (501.105(a)(4))"));
		page.getByLabel("Partner agency")
			.selectOption(new SelectOption().setLabel("Safe Harbor Shelter — Domestic violence victim services"));
		page.getByLabel("Short description").fill("Quarterly meeting on safety issues and monitoring.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log the activity")).click();
		assertThat(page.locator(".usa-alert--success")).containsText("The activity was logged.");
		assertThat(page.locator("#compliance-status")).containsText("Met: 1");
		assertThat(page.locator("#activities")).containsText("501.105(a)(4)");
		BrowserSupport.assertAccessible(page);

		// COO-4: the registry and its form.
		page.navigate("/agency/agreements/new");
		BrowserSupport.assertAccessible(page);

		// The export goes into another agency's empty directory through the import page.
		AgencyId other = fixture.newAgency();
		BrowserContext second = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		try {
			Page importer = second.newPage();
			BrowserSupport.signIn(importer, fixture.newUser(other, Role.PROGRAM_DIRECTOR));
			importer.navigate("/agency/directory/import");
			BrowserSupport.assertAccessible(importer);
			importer.locator("#file")
				.setInputFiles(new FilePayload("../../etc/passwd.json", "application/json", "not json".getBytes()));
			importer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file and preview"))
				.click();
			assertThat(importer.locator("#refused")).containsText("The file is not JSON");
			BrowserSupport.assertAccessible(importer);
			importer.locator("#file").setInputFiles(new FilePayload("directory.json", "application/json", export));
			importer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file and preview"))
				.click();
			assertThat(importer.locator("main h2")).containsText("Preview: 2 to add, 0 to update");
			BrowserSupport.assertAccessible(importer);
			importer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import these entries")).click();
			assertThat(importer.locator("#imported")).containsText("Import done: 2 added, 0 updated.");
			assertThat(importer.locator("#directory")).containsText("Safe Harbor Shelter");
			assertThat(importer.locator("#directory")).containsText("Prairie County Adult Probation");
			BrowserSupport.assertAccessible(importer);
		}
		finally {
			second.close();
		}
		org.assertj.core.api.Assertions
			.assertThat(SystemScope.callAs(other, () -> this.agencies.searchDirectory(DirectorySearch.all()))
				.stream()
				.map(PartnerAgencyEntry::toCommand)
				.toList())
			.isEqualTo(SystemScope.callAs(agency, () -> this.agencies.searchDirectory(DirectorySearch.all()))
				.stream()
				.map(PartnerAgencyEntry::toCommand)
				.toList());
	}

}
