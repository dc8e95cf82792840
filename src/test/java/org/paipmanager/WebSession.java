package org.paipmanager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.paipmanager.system.security.TotpCodes;

/**
 * A browser-like HTTP session against the running test server: cookies kept, redirects
 * not followed (tests look at them), CSRF tokens taken from the page that holds the form.
 */
public final class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client;

	private AgencyFixture.StaffUser user;

	public WebSession(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET().build());
	}

	/** Reads the form page for its CSRF token, then posts the fields to the action. */
	public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", csrfToken(get(formPage).body()));
		return post(action, all);
	}

	/** The CSRF token of a page's forms. */
	public static String csrfToken(String page) {
		Matcher matcher = CSRF.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token on the page: is the session signed in?");
		}
		return matcher.group(1);
	}

	public HttpResponse<String> post(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((e) -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * Sends JSON to the API as a browser session does: with the CSRF token of the
	 * signed-in session in the X-CSRF-TOKEN header.
	 */
	public HttpResponse<String> json(String method, String path, String body) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("X-CSRF-TOKEN", csrfToken(get("/").body()))
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	public HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpResponse<String> signInWithPassword(String username, String password) {
		return submit("/login", "/login", Map.of("username", username, "password", password));
	}

	/**
	 * Full sign-in: password, then the current TOTP code. Returns the response to the
	 * code.
	 */
	public HttpResponse<String> signIn(AgencyFixture.StaffUser user) {
		this.user = user;
		signInWithPassword(user.username(), user.password());
		return submitCode(TotpCodes.current(user.totpSecret()));
	}

	/**
	 * Step-up re-authentication of the signed-in user with the code of the next time step
	 * (the sign-in used the current one; each step is accepted once). Returns the
	 * redirect to {@code continue}.
	 */
	public HttpResponse<String> stepUp() {
		return stepUp(TotpCodes.currentStep() + 1);
	}

	/** Step-up re-authentication with the code of the given time step. */
	public HttpResponse<String> stepUp(long step) {
		if (this.user == null) {
			throw new IllegalStateException("Sign in first");
		}
		HttpResponse<String> answer = submit("/account/step-up", "/account/step-up",
				Map.of("code", TotpCodes.forStep(this.user.totpSecret(), step), "continue", "/"));
		if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("/login")) {
			throw new IllegalStateException("Step-up refused: " + answer.statusCode());
		}
		return answer;
	}

	public HttpResponse<String> submitCode(String code) {
		return submit("/login/totp", "/login/totp", Map.of("code", code));
	}

	public Optional<String> cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	/** The user this session signed in as, if any. */
	public AgencyFixture.StaffUser user() {
		return this.user;
	}

	public String base() {
		return this.base;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
