package org.paipmanager.coordination;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * POSTs a transaction Bundle to a partner's FHIR base URL. Short timeouts: the sender's
 * transaction (and the share lock on the release) stays open while the partner answers.
 * Redirects are not followed, so the Bundle goes only where the directory says.
 */
@Component
class FhirDelivery {

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	/**
	 * @return the partner's HTTP status (2xx)
	 * @throws ReferralDeliveryFailed when the partner is unreachable or answers otherwise
	 */
	int post(UUID referralId, String baseUrl, String bundleJson) {
		String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		HttpRequest request = HttpRequest.newBuilder(URI.create(base))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/fhir+json; charset=utf-8")
			.header("Accept", "application/fhir+json")
			.POST(HttpRequest.BodyPublishers.ofString(bundleJson))
			.build();
		try {
			HttpResponse<Void> response = this.client.send(request, HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() / 100 != 2) {
				throw new ReferralDeliveryFailed(referralId, response.statusCode());
			}
			return response.statusCode();
		}
		catch (IOException ex) {
			throw new ReferralDeliveryFailed(referralId, 0);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ReferralDeliveryFailed(referralId, 0);
		}
	}

}
