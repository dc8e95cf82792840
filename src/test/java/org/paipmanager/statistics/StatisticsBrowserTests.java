package org.paipmanager.statistics;

import java.time.LocalDate;
import java.util.Map;
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
import org.paipmanager.BrowserSupport;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisabledIfSystemProperty(named = "browser.tests.skip", matches = "true")
class StatisticsBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Environment environment;

	private BrowserContext browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	@DisplayName("OUT-1: in the browser, a director reads the 501.170 figures with charts, drills down to the participants, and every page passes axe; the monitor reads the suppressed regional table")
	void readsTheFiguresAndDrillsDown() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		AgencyId department = fixture.newAgency();
		String region = "Region " + UUID.randomUUID().toString().substring(0, 8);
		ParticipantId pat;
		try (StatisticsDataSet data = StatisticsDataSet.in(this.environment, agency);
				StatisticsDataSet monitorAgency = StatisticsDataSet.in(this.environment, department)) {
			data.agency("Prairie " + region, region);
			monitorAgency.agency("Department " + region, region);
			pat = data.participant("Pat", LocalDate.of(1990, 5, 1), "COURT", LocalDate.of(2025, 1, 10), "ENROLLED",
					LocalDate.of(2025, 2, 1));
			data.screening(pat, LocalDate.of(2025, 1, 20), Map.of("educationLevel", "SOME_COLLEGE"));
			data.participant("Sam", LocalDate.of(1975, 7, 7), "COURT", LocalDate.of(2025, 3, 5), "REFERRED", null);
			data.participant("Toni", LocalDate.of(1995, 9, 9), "SELF", LocalDate.of(2025, 3, 10), "REFERRED", null);
			data.groupSession(LocalDate.of(2025, 2, 4), 90, Map.of(pat, "1.5"));
		}
		this.browser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		Page page = this.browser.newPage();
		BrowserSupport.signIn(page, fixture.newUser(agency, Role.PROGRAM_DIRECTOR));

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Statistics")).click();
		page.locator("#from").fill("2025-01-01");
		page.locator("#to").fill("2025-06-30");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show figures")).click();
		assertThat(page.locator("#figure-a")).containsText("501.170(a)");
		assertThat(page.locator("#table-a")).containsText("Court");
		assertThat(page.locator("#total-a")).hasText("3");
		assertThat(page.locator("#table-i")).containsText("1.50");
		// (j) comes from the mandated report records: none in this agency.
		assertThat(page.locator("#total-j")).hasText("0");
		assertThat(page.locator("svg[role=img] title").first()).containsText("Referrals received by month");
		BrowserSupport.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2, Court: list the participants")).click();
		assertThat(page.locator("#drill-down")).containsText("Sample, Pat");
		assertThat(page.locator("#drill-down")).containsText("Sample, Sam");
		assertThat(page.locator("#drill-down")).not().containsText("Toni");
		BrowserSupport.assertAccessible(page);

		page.navigate("/statistics/evaluation-plan");
		BrowserSupport.assertAccessible(page);
		page.navigate("/participants/" + pat + "/rearrests");
		BrowserSupport.assertAccessible(page);

		BrowserContext monitorBrowser = BrowserSupport.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		try {
			Page monitor = monitorBrowser.newPage();
			BrowserSupport.signIn(monitor, fixture.newUser(department, Role.DEPARTMENT_MONITOR));
			monitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Regional aggregates")).click();
			monitor.locator("#from").fill("2025-01-01");
			monitor.locator("#to").fill("2025-06-30");
			monitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show figures")).click();
			assertThat(monitor.locator("#regional-a")).containsText("<5");
			assertThat(monitor.locator("#regional-a")).not().containsText("Pat");
			BrowserSupport.assertAccessible(monitor);
		}
		finally {
			monitorBrowser.close();
		}
	}

}
