package org.paipmanager.transfer;

import java.time.LocalDate;
import java.util.Set;

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
import org.paipmanager.consent.ConsentFixture;
import org.paipmanager.consent.InformationCategory;
import org.paipmanager.consent.RecipientKind;
import org.paipmanager.consent.ReleaseBasis;
import org.paipmanager.consent.ReleaseCommand;
import org.paipmanager.consent.ReleaseId;
import org.paipmanager.consent.ReleasePurpose;
import org.paipmanager.participant.Gender;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisabledIfSystemProperty(named = "browser.tests.skip", matches = "true")
class TransferBrowserTests {

	private static final LocalDate START = LocalDate.now().minusWeeks(4);

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
	@DisplayName("GRP-5/PAR-10: from the participant file, a director records an individual session and a transfer in; the file shows the split")
	void recordsAnIndividualSessionAndATransferInFromTheFile() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		fixture.newStaffMember(agency, "Casey", "Counsellor");
		ParticipantId participant = fixture.enrolledParticipant(agency, "Blake", Gender.MALE, START);
		ReleaseId release = ConsentFixture.in(this.context)
			.release(agency, participant,
					ReleaseCommand.signedByParticipant(RecipientKind.OTHER, null, "Joliet Partner Abuse Program",
							Set.of(InformationCategory.ATTENDANCE_AND_COMPLIANCE),
							Set.of(ReleasePurpose.ONGOING_COLLABORATION), "Transfer between programs",
							ReleaseBasis.VOLUNTARY, START, START.plusYears(1), "Dana Whitfield"));

		this.browser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		Page page = this.browser.newPage();
		BrowserSupport.signIn(page, fixture.newUser(agency, Role.PROGRAM_DIRECTOR));
		page.navigate("/participants/" + participant);
		BrowserSupport.assertAccessible(page);

		// GRP-5: an individual session, recorded from the attendance section of the file.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Individual sessions")).click();
		assertThat(page.locator("#individual-rule")).containsText("Up to 4 individual sessions may be included");
		BrowserSupport.assertAccessible(page);
		page.getByLabel("Held by").selectOption(new SelectOption().setLabel("Counsellor, Casey"));
		page.getByLabel("Topic").fill("Recognising abusive behaviour");
		page.getByLabel("Progress note").fill("Named the controlling behaviours he used.");
		page.getByLabel("Why this session was individual").fill("Starts group next week; seat opens then.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record individual session")).click();
		assertThat(page.locator(".usa-alert--success")).containsText("The individual session was recorded.");
		assertThat(page.locator("#individual-sessions")).containsText("Recognising abusive behaviour");
		BrowserSupport.assertAccessible(page);

		// PAR-10: the transfer in, under the release naming the former program.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the participant file")).click();
		page.locator("#transfers-link").click();
		assertThat(page.locator("#transfer-rule")).containsText("501.250");
		BrowserSupport.assertAccessible(page);
		page.locator("#formerProgramName").fill("Joliet Partner Abuse Program");
		page.locator("#formerProgramCity").fill("Joliet");
		page.locator("#in-jurisdiction").selectOption("ILLINOIS_PROTOCOL_APPROVED");
		page.locator("#in-releaseId").selectOption(release.toString());
		page.locator("#informationReceivedOn").fill(LocalDate.now().toString());
		page.locator("#creditedSessions").fill("8");
		page.locator("#creditedHours").fill("12");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record transfer in")).click();
		assertThat(page.locator(".usa-alert--success")).containsText("The transfer from another program was recorded");
		assertThat(page.locator("#transfers-in")).containsText("8 sessions and 12 hours credited");
		BrowserSupport.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the participant file")).click();
		assertThat(page.locator("#attendance-progress")).containsText("9 of 24 sessions attended (501.90(a)).");
		assertThat(page.locator("#split-individual")).containsText("1");
		assertThat(page.locator("#split-credited")).containsText("8");
		assertThat(page.locator("#transfer-in-summary")).containsText("Joliet Partner Abuse Program");
		BrowserSupport.assertAccessible(page);
	}

}
