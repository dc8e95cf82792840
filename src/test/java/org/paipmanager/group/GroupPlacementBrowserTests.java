package org.paipmanager.group;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import org.paipmanager.AgencyFixture;
import org.paipmanager.AgencyFixture.StaffUser;
import org.paipmanager.BrowserSupport;
import org.paipmanager.participant.Gender;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.participant.ReferralCommand;
import org.paipmanager.participant.ReferralSource;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
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
class GroupPlacementBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	GroupManagement groups;

	@Autowired
	ParticipantManagement participants;

	private BrowserContext browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	@DisplayName("GRP-3: in the browser, the 16th participant is refused with the rule shown")
	void refusesTheSixteenthParticipantWithTheRuleShown() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		StaffId first = fixture.newStaffMember(agency, "Fran", "First");
		StaffId second = fixture.newStaffMember(agency, "Sam", "Second");
		UUID group = SystemScope.callAs(agency,
				() -> this.groups.create(new GroupCommand("Wednesday men's group", GroupComposition.MALE, "English",
						DayOfWeek.WEDNESDAY, LocalTime.of(19, 0), 90, "Room 4", 15, first.value(), second.value(),
						"Test facilitators without training records: exception documented.")));
		for (int i = 1; i <= 16; i++) {
			ParticipantId member = eligibleMan(agency, i);
			if (i <= 15) {
				SystemScope.callAs(agency, () -> {
					this.groups.addMember(group, member);
					return null;
				});
			}
		}
		StaffUser intake = fixture.newUser(agency, Role.INTAKE_WORKER);

		this.browser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		Page page = this.browser.newPage();
		BrowserSupport.signIn(page, intake);

		page.navigate("/groups");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wednesday men's group")).click();
		assertThat(page.locator("main h2").first()).containsText("Participants: 15 of 15");
		BrowserSupport.assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a participant")).click();
		page.getByLabel("Participant (eligible or enrolled, in no group yet)")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Tester, Member16 (Male)"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a participant")).click();
		assertThat(page.locator("#refusals"))
			.containsText("The group already has 15 participants, the most a group may have (501.90(d)(4)).");
		BrowserSupport.assertAccessible(page);
	}

	@Test
	@DisplayName("GRP-4: in the browser, a facilitator records attendance for a full group of 15 in one save")
	void recordsAttendanceForAFullGroup() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		StaffId first = fixture.newStaffMember(agency, "Fran", "First");
		StaffId second = fixture.newStaffMember(agency, "Sam", "Second");
		UUID group = SystemScope.callAs(agency,
				() -> this.groups.create(new GroupCommand("Thursday men's group", GroupComposition.MALE, "English",
						DayOfWeek.THURSDAY, LocalTime.of(19, 0), 90, "Room 5", 15, first.value(), second.value(),
						"Test facilitators without training records: exception documented.")));
		for (int i = 1; i <= 15; i++) {
			ParticipantId member = eligibleMan(agency, i);
			SystemScope.callAs(agency, () -> {
				this.groups.addMember(group, member);
				return null;
			});
		}
		this.browser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		Page page = this.browser.newPage();
		BrowserSupport.signIn(page, fixture.newUser(agency, Role.FACILITATOR));
		page.navigate("/groups/" + group);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record attendance")).click();
		assertThat(page.locator("fieldset.usa-fieldset legend.usa-legend--large")).hasCount(15);
		BrowserSupport.assertAccessible(page);
		// Everyone starts present for the whole session: mark the one absence and save.
		page.locator("label[for='status-0-ABSENT']").click();
		page.locator("#hours-0").fill("0");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save attendance")).click();
		assertThat(page.locator(".usa-alert--success")).containsText("Attendance was saved.");
		assertThat(page.locator("#recorded-sessions")).containsText("14 of 15");
		BrowserSupport.assertAccessible(page);
		// GRP-1: the facilitator takes the sessions into a calendar; no participant is in
		// it.
		APIResponse calendar = page.request().get("/groups/" + group + "/sessions.ics");
		org.assertj.core.api.Assertions.assertThat(calendar.headers().get("content-type")).startsWith("text/calendar");
		org.assertj.core.api.Assertions.assertThat(calendar.text())
			.contains("SUMMARY:Thursday men's group")
			.contains("LOCATION:Room 5")
			.doesNotContain("Member");
	}

	private ParticipantId eligibleMan(AgencyId agency, int number) {
		return SystemScope.callAs(agency, () -> {
			ParticipantId id = this.participants
				.refer(new ReferralCommand("Member" + number, "Tester", LocalDate.of(1980, 1, number), Gender.MALE,
						false, "English", ReferralSource.COURT, null, LocalDate.of(2026, 11, 1)));
			this.participants.placeAtStage(id, ProgramStage.ELIGIBLE, LocalDate.of(2026, 11, 2));
			return id;
		});
	}

}
