package org.paipmanager.group;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import org.paipmanager.shared.ProgramZone;
import org.paipmanager.AgencyFixture;
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
class CurriculumBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	GroupManagement groups;

	private BrowserContext browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	@DisplayName("GRP-1: in the browser, the month calendar and a group's curriculum plan are accessible and linked")
	void opensTheCalendarAndThePlan() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		StaffId first = fixture.newStaffMember(agency, "Fran", "First");
		StaffId second = fixture.newStaffMember(agency, "Sam", "Second");
		UUID group = SystemScope.callAs(agency,
				() -> this.groups.create(new GroupCommand("Wednesday men's group", GroupComposition.MALE, "English",
						DayOfWeek.WEDNESDAY, LocalTime.of(19, 0), 90, "Room 4", 15, first.value(), second.value(),
						"Test facilitators without training records: exception documented.")));
		this.browser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		Page page = this.browser.newPage();
		BrowserSupport.signIn(page, fixture.newUser(agency, Role.PROGRAM_DIRECTOR));

		page.navigate("/groups");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Calendar of sessions by month")).click();
		// The group starts with its next Wednesday: next month's calendar always lists
		// it.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next month").setExact(false)).click();
		YearMonth next = YearMonth.now(ProgramZone.ZONE).plusMonths(1);
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/groups/calendar\\?month=" + next + "$"));
		assertThat(page.locator("table caption").first()).containsText("Week from");
		assertThat(page.locator("tr.paip-session").first()).containsText("Wednesday men's group");
		assertThat(page.locator("tr.paip-session").first()).containsText("Training or observation overdue");
		assertThat(page.locator("tr.paip-session").first()).containsText("Attendance sheet");
		BrowserSupport.assertAccessible(page);

		page.locator("tr.paip-session")
			.first()
			.getByRole(AriaRole.LINK,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Wednesday men's group")
						.setExact(true))
			.click();
		assertThat(page.locator("#curriculum")).hasText("Curriculum plan");
		assertThat(page.locator("#coverage tbody tr")).hasCount(7);
		assertThat(page.locator("#plan tbody tr")).hasCount(24);
		BrowserSupport.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit the plan")).click();
		assertThat(page.locator("fieldset[id^='topic-']")).hasCount(24);
		BrowserSupport.assertAccessible(page);
		// Topic 1 loses its components: the plan is refused with the component named.
		for (String component : new String[] { "A" }) {
			page.locator("label[for='topic-0-component-" + component + "']").click();
		}
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the plan")).first().click();
		assertThat(page.locator("#topic-0-components-error"))
			.containsText("Choose at least one component this topic serves (501.90(b)(4)).");
		BrowserSupport.assertAccessible(page);
		page.locator("label[for='topic-0-component-A']").click();
		page.getByLabel("Topic", new Page.GetByLabelOptions().setExact(true))
			.first()
			.fill("What partner abuse is, and why we meet");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the plan")).first().click();
		assertThat(page.locator(".usa-alert--success")).containsText("The curriculum plan was saved.");
		assertThat(page.locator("#plan")).containsText("What partner abuse is, and why we meet");
		BrowserSupport.assertAccessible(page);
		org.assertj.core.api.Assertions.assertThat(group).isNotNull();
	}

}
