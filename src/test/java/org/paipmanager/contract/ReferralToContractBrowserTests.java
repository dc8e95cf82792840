package org.paipmanager.contract;

import java.time.LocalDate;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.paipmanager.AgencyFixture;
import org.paipmanager.AgencyFixture.StaffUser;
import org.paipmanager.BrowserSupport;
import org.paipmanager.eligibility.EligibilityDecisionCommand;
import org.paipmanager.eligibility.EligibilityDecisions;
import org.paipmanager.eligibility.domain.ScreeningFindings.SubstanceUse;
import org.paipmanager.intake.IntakeScreenings;
import org.paipmanager.intake.ScreeningAnswers;
import org.paipmanager.participant.Gender;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.participant.ReferralCommand;
import org.paipmanager.participant.ReferralSource;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.SystemScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * PAR-1, PAR-3, PAR-4, PAR-7, PAR-8: one participant from referral to signed contract in
 * a real browser, every page checked for WCAG 2.1 AA; and the Spanish contract.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisabledIfSystemProperty(named = "browser.tests.skip", matches = "true")
class ReferralToContractBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	IntakeScreenings screenings;

	@Autowired
	EligibilityDecisions decisions;

	private BrowserContext browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	@DisplayName("PAR-1/3/4/7: referral, screening, eligibility and a contract signed on screen, in English")
	void walksOneParticipantFromReferralToSignedContract() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		Page page = signIn(fixture.newUser(agency, Role.INTAKE_WORKER));
		String today = LocalDate.now().toString();

		page.navigate("/participants/new");
		page.getByLabel("First name").fill("Dana");
		page.getByLabel("Last name").fill("Walker");
		page.getByLabel("Date of birth").fill("1985-04-12");
		page.getByLabel("Gender (for same-gender groups, 501.90(d)(3))").selectOption("MALE");
		page.getByLabel("Preferred language").fill("English");
		page.getByLabel("Referred by").selectOption("PROBATION");
		page.getByLabel("Court or case number").fill("2026-DV-501");
		page.getByLabel("Referral received on").fill(today);
		BrowserSupport.assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.locator("h1")).hasText("Dana Walker");
		BrowserSupport.assertAccessible(page);
		ParticipantId participant = new ParticipantId(
				java.util.UUID.fromString(page.url().replaceAll(".*/participants/([0-9a-f-]{36}).*", "$1")));

		acceptReferral(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the screening")).click();
		BrowserSupport.assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the screening")).click();
		for (Map.Entry<Integer, Map<String, String>> step : ScreeningAnswers.complete(LocalDate.now()).entrySet()) {
			assertThat(page.locator("h1")).containsText("Step " + step.getKey() + " of 10");
			step.getValue().forEach((code, answer) -> answer(page, code, answer));
			if (step.getKey() == 1 || step.getKey() == 6 || step.getKey() == 9) {
				BrowserSupport.assertAccessible(page);
			}
			if (step.getKey() == 6) {
				assertThat(page.locator("#victim-information-notice"))
					.containsText("Do not record here anything the victim said");
			}
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue")).click();
		}
		assertThat(page.locator("#steps")).not().containsText("Answers missing");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete the screening")).click();
		assertThat(page.locator(".usa-alert--success")).containsText("The screening was completed.");
		BrowserSupport.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the eligibility decision")).click();
		page.locator("label[for='intimatePartnerViolenceHistory1']").click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the proposal")).click();
		assertThat(page.locator("#proposal")).containsText("Eligible");
		BrowserSupport.assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
		assertThat(page.locator("#history")).containsText("Eligible");

		page.navigate("/participants/" + participant);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the contract")).click();
		page.locator("#language").selectOption("en");
		page.getByLabel("Fee per session in dollars (501.155)").fill("25");
		BrowserSupport.assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Generate the contract")).click();
		assertThat(page.locator("#contract-text")).containsText("I, Dana Walker, will attend 24 weekly group sessions");
		assertThat(page.locator("#contract-text")).containsText("(501.220)");
		page.getByLabel("Full name written by the participant").fill("Dana Walker");
		draw(page, page.locator("#signature-pad"));
		BrowserSupport.assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the signing")).click();
		assertThat(page.locator(".usa-alert--success")).containsText("The participant is enrolled.");
		assertThat(page.locator("#signed-by")).containsText("Signed by Dana Walker on " + today);
		assertThat(page.locator("img.paip-signature-image")).isVisible();
		BrowserSupport.assertAccessible(page);

		page.navigate("/participants/" + participant);
		assertThat(page.locator("main")).containsText("Enrolled");
		assertThat(page.locator("#checklist-A")).containsText("In the file");
		assertThat(page.locator("#checklist-C")).containsText("In the file");
		assertThat(page.locator("#checklist-D")).containsText("In the file");
		// The acceptance letter to the referral source (PAR-2) is in the correspondence.
		assertThat(page.locator("#checklist-I")).containsText("In the file");
		BrowserSupport.assertAccessible(page);
	}

	@Test
	@DisplayName("PAR-7: the Spanish contract renders from the Spanish template, in a Spanish interface")
	void rendersTheSpanishContract() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		ParticipantId participant = SystemScope.callAs(agency, () -> {
			ParticipantId id = this.participants.refer(new ReferralCommand("Mateo", "Rivera", LocalDate.of(1990, 6, 1),
					Gender.MALE, false, "Spanish", ReferralSource.DCFS, null, LocalDate.now().minusDays(3)));
			ScreeningAnswers.completeFor(this.screenings, this.participants, id, LocalDate.now().minusDays(2));
			this.decisions.decide(id, new EligibilityDecisionCommand(true, false, false, false, false, false, false,
					false, false, SubstanceUse.NONE, false, false, null, ""));
			return id;
		});
		Page page = signIn(fixture.newUser(agency, Role.INTAKE_WORKER));
		page.navigate("/participants/" + participant + "/contract?lang=es");
		assertThat(page.locator("#language")).hasValue("es");
		page.getByLabel("Tarifa por sesión en dólares (501.155)").fill("10");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Generar el contrato")).click();
		Locator text = page.locator("#contract-text");
		assertThat(text).hasAttribute("lang", "es");
		assertThat(text).containsText("Contrato del participante");
		assertThat(text).containsText("Yo, Mateo Rivera, asistiré a 24 sesiones semanales");
		assertThat(text).containsText("La tarifa es de $10.00 por sesión");
		assertThat(page.locator("h1")).hasText("Contrato del participante: Mateo Rivera");
		BrowserSupport.assertAccessible(page);
	}

	/** Accepts the referral on the participant page (PAR-2, 501.230(a)). */
	private static void acceptReferral(Page page) {
		page.locator("label[for='outcome1']").click();
		BrowserSupport.assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record decision")).click();
		assertThat(page.locator("main")).containsText("Referral accepted.");
	}

	/** Answers one screening question, whatever control asks it. */
	private static void answer(Page page, String code, String answer) {
		Locator control = page.locator("#" + code);
		String tag = (String) control.evaluate("element => element.tagName");
		switch (tag) {
			// USWDS draws its own radio over the hidden input: click the label, as a
			// person does.
			case "FIELDSET" -> page.locator("label[for='" + code + "-" + answer + "']").click();
			case "SELECT" -> control.selectOption(answer);
			default -> control.fill(answer);
		}
	}

	private static void draw(Page page, Locator canvas) {
		canvas.scrollIntoViewIfNeeded();
		BoundingBox box = canvas.boundingBox();
		page.mouse().move(box.x + 20, box.y + box.height / 2);
		page.mouse().down();
		page.mouse().move(box.x + 80, box.y + 20, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
		page.mouse()
			.move(box.x + 160, box.y + box.height - 20, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
		page.mouse().up();
	}

	private Page signIn(StaffUser user) {
		this.browser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		Page page = this.browser.newPage();
		BrowserSupport.signIn(page, user);
		return page;
	}

}
