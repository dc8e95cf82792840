package org.paipmanager;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

import org.paipmanager.system.security.TotpCodes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One Playwright driver and one Debian Chromium per test JVM (starting them costs
 * seconds), plus the accessibility check every browser test runs on every page it visits.
 */
public final class BrowserSupport {

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static Playwright playwright;

	private static Browser browser;

	private BrowserSupport() {
	}

	public static synchronized Browser browser() {
		if (browser == null) {
			playwright = Playwright.create();
			browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of(chromiumPath()))
					.setHeadless(true)
					.setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
							"--disable-component-update", "--disable-sync", "--no-first-run")));
			Runtime.getRuntime().addShutdownHook(new Thread(BrowserSupport::closeQuickly));
		}
		return browser;
	}

	// Closing Chromium can stall while the JVM exits; give it a few seconds, then leave
	// it to the OS.
	private static void closeQuickly() {
		Thread closer = new Thread(() -> {
			browser.close();
			playwright.close();
		});
		closer.setDaemon(true);
		closer.start();
		try {
			closer.join(5000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Signs the user in with password and the current TOTP code. */
	public static void signIn(Page page, AgencyFixture.StaffUser user) {
		page.navigate("/login");
		page.getByLabel("Username").fill(user.username());
		page.getByLabel("Password").fill(user.password());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		page.getByLabel("6-digit code").fill(TotpCodes.current(user.totpSecret()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
	}

	/**
	 * Step-up re-authentication in the browser with the code of the next time step (the
	 * sign-in used the current one), then back to {@code back}.
	 */
	public static void stepUp(Page page, AgencyFixture.StaffUser user, String back) {
		page.navigate("/account/step-up?continue=" + back);
		page.getByLabel("6-digit code").fill(TotpCodes.forStep(user.totpSecret(), TotpCodes.currentStep() + 1));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm")).click();
	}

	/** Asserts that axe finds no WCAG 2.1 A or AA violation on the page as it is now. */
	public static void assertAccessible(Page page) {
		AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
		String violations = results.getViolations()
			.stream()
			.map((rule) -> rule.getId() + ": " + rule.getHelp() + " -> "
					+ rule.getNodes()
						.stream()
						.map((node) -> String.valueOf(node.getTarget()))
						.collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
		assertThat(results.getViolations()).as("axe violations on %s:%n%s", page.url(), violations).isEmpty();
	}

	private static String chromiumPath() {
		for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
			if (Path.of(candidate).toFile().canExecute()) {
				return candidate;
			}
		}
		throw new IllegalStateException("Debian's chromium is not installed; bin/test installs it");
	}

}
