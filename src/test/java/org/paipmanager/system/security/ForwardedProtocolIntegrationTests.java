package org.paipmanager.system.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a load balancer that ends TLS (issue 9, proof 6; ASVS 3.3.1, 3.4.1): the request
 * reaches the app over plain HTTP, and only X-Forwarded-Proto says the user came over
 * https. The session cookie must then be Secure and HSTS sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForwardedProtocolIntegrationTests {

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	@DisplayName("issue 9: behind a TLS load balancer the session cookie is Secure and HSTS is sent")
	void sessionCookieIsSecureAndHstsSentWhenTheLoadBalancerSaysHttps() throws Exception {
		HttpResponse<String> page = signInPage("https");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(sessionCookie(page)).contains("; Secure").contains("HttpOnly").contains("SameSite=Strict");
		assertThat(page.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age="));
	}

	@Test
	void redirectsStayOnHttpsBehindTheLoadBalancer() throws Exception {
		HttpResponse<String> redirect = send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/staff"))
					.header("X-Forwarded-Proto", "https")
					.header("X-Forwarded-Host", "paip.example.org")
					.GET()
					.build());

		assertThat(redirect.statusCode()).isEqualTo(302);
		assertThat(redirect.headers().firstValue("Location")).hasValue("https://paip.example.org/login");
	}

	@Test
	void plainHttpWithoutTheHeaderGetsNoHstsAndNoSecureCookie() throws Exception {
		// Over plain HTTP a Secure cookie would never come back, so the app could not be
		// used on loopback; HSTS over HTTP is ignored by browsers (RFC 6797 8.1).
		HttpResponse<String> page = signInPage(null);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(sessionCookie(page)).doesNotContain("Secure");
		assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	private HttpResponse<String> signInPage(String forwardedProto) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
			.GET();
		if (forwardedProto != null) {
			request.header("X-Forwarded-Proto", forwardedProto);
		}
		return send(request.build());
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String sessionCookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("PAIPSESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}

}
