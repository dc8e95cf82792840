package org.paipmanager.victimcontact;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import org.paipmanager.AgencyFixture;
import org.paipmanager.BrowserSupport;
import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.PartnerAgencyCategory;
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
class ServicePlanningBrowserTests {

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
	@DisplayName("COO-3: in the browser, the liaison schedules a meeting, is refused an agency without the victim's consent, invites one with it and records the summary; every page has 0 axe violations")
	void liaisonTakesAMeetingFromSchedulingToSummary() {
		String canary = "Canary" + UUID.randomUUID().toString().substring(0, 8);
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		ParticipantId participant = VictimFixture.in(this.context).participant(agency, "Meeting");
		UUID victim = VictimFixture.in(this.context).victim(agency, participant, canary);
		AgencyManagement agencies = this.context.getBean(AgencyManagement.class);
		SystemScope.callAs(agency, () -> agencies.addPartnerAgency("Harbor House Shelter",
				PartnerAgencyCategory.DOMESTIC_VIOLENCE_VICTIM_SERVICES, "(217) 555-0101", "Cook", true));
		SystemScope.callAs(agency, () -> agencies.addPartnerAgency("County Adult Probation",
				PartnerAgencyCategory.JUDICIARY_PROBATION, "(217) 555-0102", "Cook", false));
		LocalDate today = LocalDate.now(ZoneId.of("America/Chicago"));

		this.browser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		Page liaison = this.browser.newPage();
		BrowserSupport.signIn(liaison, fixture.newUser(agency, Role.VICTIM_LIAISON));
		liaison.navigate("/victim/records/" + victim);
		liaison
			.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Service-planning meetings with other agencies"))
			.click();
		assertThat(liaison.locator("h1")).containsText("Service-planning meetings about Vera");
		BrowserSupport.assertAccessible(liaison);

		// Step 3: her consent to release and receive information, for the shelter only.
		liaison.locator("#add-consent")
			.getByLabel("Agency", new Locator.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setLabel("Harbor House Shelter (Domestic violence victim services)"));
		liaison.getByLabel("Form used")
			.selectOption(new SelectOption().setLabel("Consent to Release & Receive Information form (Appendix 16)"));
		liaison.getByLabel("Signed on").fill(today.minusDays(3).toString());
		liaison.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record consent")).click();
		assertThat(liaison.locator(".usa-alert--success")).containsText("The consent was recorded.");
		assertThat(liaison.locator("#planning-consents")).containsText("Harbor House Shelter");
		assertThat(liaison.locator("#planning-consents")).containsText("In force");
		BrowserSupport.assertAccessible(liaison);

		// Steps 1, 2 and 4: why, her permission, chair, schedule, interpreter.
		liaison.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Schedule a meeting")).click();
		BrowserSupport.assertAccessible(liaison);
		liaison.getByLabel("Why a meeting")
			.selectOption(new SelectOption().setLabel("Requested by the victim/survivor"));
		liaison.getByLabel("Situation").selectOption(new SelectOption().setLabel("High-risk situation"));
		liaison.getByText("The service planning process was explained to the victim").click();
		liaison.getByLabel("Permission given on").fill(today.minusDays(3).toString());
		liaison.getByLabel("Chair").fill("Grace Holloway");
		liaison.getByLabel("Date and time (Central time)").fill(today.minusDays(1) + "T10:00");
		liaison.getByLabel("Where", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setLabel("Video call"));
		liaison.getByLabel("Place, or how to join the call").fill("Secure video room " + canary);
		liaison.getByLabel("Does the victim wish to take part")
			.selectOption(new SelectOption().setLabel("She will not attend"));
		liaison.getByLabel("Interpreter needed")
			.selectOption(new SelectOption().setLabel("Spoken-language interpreter"));
		liaison.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule the meeting")).click();
		// A spoken-language interpreter needs its language: the message sits by the
		// field.
		assertThat(liaison.locator("#interpreterLanguage-error")).containsText("Name the spoken language");
		BrowserSupport.assertAccessible(liaison);
		liaison.getByLabel("Spoken language for the interpreter (optional)").fill("Spanish " + canary);
		liaison.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule the meeting")).click();
		assertThat(liaison.locator(".usa-alert--success")).containsText("The meeting was scheduled.");
		assertThat(liaison.locator("#meeting-details")).containsText("Spanish " + canary);
		BrowserSupport.assertAccessible(liaison);

		// Probation has no consent: refused with the procedure's words.
		liaison.locator("#invite-agency")
			.getByLabel("Agency", new Locator.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setLabel("County Adult Probation (no consent in force)"));
		liaison.getByLabel("Consent form sent to the agency on").fill(today.minusDays(2).toString());
		liaison.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite").setExact(true)).click();
		assertThat(liaison.locator("#partnerAgencyId-error")).containsText("This agency cannot be invited");
		assertThat(liaison.locator("#partnerAgencyId-error"))
			.containsText("with the victim/survivor for all invited agencies");
		BrowserSupport.assertAccessible(liaison);

		liaison.locator("#invite-agency")
			.getByLabel("Agency", new Locator.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setLabel("Harbor House Shelter (consent in force)"));
		liaison.getByLabel("Representative (optional)").fill("Rosa Diaz");
		liaison.getByLabel("Consent form sent to the agency on").fill(today.minusDays(2).toString());
		liaison.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite").setExact(true)).click();
		assertThat(liaison.locator(".usa-alert--success")).containsText("The agency was invited");
		assertThat(liaison.locator("#meeting-invitations")).containsText("Rosa Diaz");

		// Step 6: attendance and the written summary.
		liaison.locator("#record-summary").getByText("Harbor House Shelter").click();
		liaison.getByLabel("Decisions (optional)").fill("Safety plan updated " + canary);
		liaison.getByLabel("Action commitments (optional)").fill("Shelter renews the order of protection");
		liaison.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the summary")).click();
		assertThat(liaison.locator(".usa-alert--success")).containsText("The attendance and summary were recorded.");
		assertThat(liaison.locator("#meeting-summary")).containsText("Safety plan updated " + canary);
		assertThat(liaison.locator("#review-due")).containsText("The victim did not attend");
		BrowserSupport.assertAccessible(liaison);

		// An action item with its owner and due date, overdue once past it.
		liaison.getByLabel("Owner", new Page.GetByLabelOptions().setExact(true)).fill("Rosa Diaz");
		liaison.getByLabel("Action", new Page.GetByLabelOptions().setExact(true))
			.fill("Accompany her to court " + canary);
		liaison.getByLabel("Due on").fill(today.minusDays(1).toString());
		liaison.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the action item")).click();
		assertThat(liaison.locator("#action-items")).containsText("Accompany her to court " + canary);
		assertThat(liaison.locator("#action-items")).containsText("Overdue");
		BrowserSupport.assertAccessible(liaison);
	}

}
