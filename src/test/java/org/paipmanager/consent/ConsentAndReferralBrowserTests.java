package org.paipmanager.consent;

import java.util.regex.Pattern;

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
import org.paipmanager.AgencyFixture.StaffUser;
import org.paipmanager.BrowserSupport;
import org.paipmanager.agency.PartnerAgencyCategory;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.paipmanager.consent.ConsentFixture.today;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisabledIfSystemProperty(named = "browser.tests.skip", matches = "true")
class ConsentAndReferralBrowserTests {

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
	@DisplayName("CON-1, CON-2, PAR-8: in the browser, intake explains confidentiality, records a release and refers under it")
	void recordsAnExplanationAReleaseAndAReferral() {
		AgencyFixture agencies = AgencyFixture.in(this.context);
		ConsentFixture fixture = ConsentFixture.in(this.context);
		AgencyId agency = agencies.newAgency();
		fixture.partnerAgency(agency, "New Roads Recovery", PartnerAgencyCategory.SUBSTANCE_ABUSE);
		ParticipantId participant = fixture.participant(agency, today().minusMonths(1));
		StaffUser intake = agencies.newUser(agency, Role.INTAKE_WORKER);

		this.browser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		Page page = this.browser.newPage();
		BrowserSupport.signIn(page, intake);

		page.navigate("/participants/" + participant);
		assertThat(page.locator("#checklist-B")).containsText("Not due yet");
		BrowserSupport.assertAccessible(page);

		// No release yet: the referral is refused with the rule named.
		link(page, "Referrals to other agencies").click();
		assertThat(page.locator("#victim-services-note")).containsText("501.125(d)(3)");
		BrowserSupport.assertAccessible(page);
		fillReferral(page);
		assertThat(page.locator("#releaseId-error")).containsText("501.115(b)(11)(B)");
		BrowserSupport.assertAccessible(page);

		link(page, "Consent and releases").click();
		BrowserSupport.assertAccessible(page);
		for (String exception : new String[] { "Child abuse is reported", "Elder abuse is reported",
				"Indications of suicide are acted on", "Intent to harm someone is reported" }) {
			page.getByText(exception, new Page.GetByTextOptions().setExact(true)).click();
		}
		page.getByText("The release of information forms were explained", new Page.GetByTextOptions()).click();
		button(page, "Record explanation").click();
		assertThat(page.getByText("Explanation recorded.")).isVisible();
		assertThat(page.locator("#explanations")).containsText(today().toString());
		BrowserSupport.assertAccessible(page);

		page.getByLabel("Recipient", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setLabel("A partner agency"));
		page.getByLabel("Partner agency (when the recipient is a partner agency)")
			.selectOption(new SelectOption().setLabel("New Roads Recovery"));
		page.getByText("Referral to other services", new Page.GetByTextOptions().setExact(true)).click();
		page.getByText("Refer the participant to other services", new Page.GetByTextOptions().setExact(true)).click();
		page.getByLabel("Voluntary or required", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setLabel("Voluntary"));
		// CON-1: the witness and the rights explained are elements of a valid release.
		page.getByLabel("Witness who attests the identity of the signer (740 ILCS 110/5(c))").fill("Dana Whitfield");
		page.getByText("The right to revoke the release at any time", new Page.GetByTextOptions()).click();
		page.getByText("The right to inspect and copy the information disclosed", new Page.GetByTextOptions()).click();
		button(page, "Add release").click();
		assertThat(page.getByText("Release recorded.")).isVisible();
		assertThat(page.locator("#release-list")).containsText("New Roads Recovery");
		assertThat(page.locator("#release-list")).containsText("In force");
		assertThat(page.locator("#release-list")).containsText("witnessed by Dana Whitfield");
		BrowserSupport.assertAccessible(page);

		link(page, "Back to the participant file").click();
		link(page, "Referrals to other agencies").click();
		fillReferral(page);
		assertThat(page.getByText("Referral recorded.")).isVisible();
		assertThat(page.locator("#outgoing-referrals")).containsText("New Roads Recovery");
		assertThat(page.locator("#outgoing-referrals")).containsText("Substance abuse treatment");
		BrowserSupport.assertAccessible(page);

		link(page, "Back to the participant file").click();
		assertThat(page.locator("#checklist-B")).containsText("In the file");
		assertThat(page.locator("#consent-section")).containsText(Pattern.compile("Releases in force: 1 of 1"));
		BrowserSupport.assertAccessible(page);

		// CON-2: the referral went out through the disclosure service; its accounting
		// page and printable view list it.
		link(page, "Disclosures made").click();
		assertThat(page.locator("#disclosures")).containsText("New Roads Recovery");
		assertThat(page.locator("#disclosures")).containsText("Release of information");
		BrowserSupport.assertAccessible(page);
		link(page, "Printable view").click();
		assertThat(page.locator("#disclosures")).containsText("New Roads Recovery");
		BrowserSupport.assertAccessible(page);
	}

	private static void fillReferral(Page page) {
		page.getByLabel("Kind of service").selectOption(new SelectOption().setLabel("Substance abuse treatment"));
		page.getByLabel("Agency referred to").selectOption(new SelectOption().setLabel("New Roads Recovery"));
		page.getByLabel("Purpose of the referral").fill("Alcohol use reported at screening; assessment (501.135(a)).");
		button(page, "Record referral").click();
	}

	private static com.microsoft.playwright.Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
	}

	private static com.microsoft.playwright.Locator link(Page page, String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
