package org.paipmanager.coordination;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A partner agency's FHIR server for tests: the JDK's HTTP server on a free port, keeping
 * every Bundle POSTed to {@code /fhir} and answering with the status set in
 * {@link #answer}.
 */
final class FhirPartnerServer implements AutoCloseable {

	final List<String> received = new CopyOnWriteArrayList<>();

	final List<String> contentTypes = new CopyOnWriteArrayList<>();

	final AtomicInteger answer = new AtomicInteger(200);

	private final HttpServer server;

	private FhirPartnerServer(HttpServer server) {
		this.server = server;
	}

	static FhirPartnerServer start() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		FhirPartnerServer partner = new FhirPartnerServer(server);
		server.createContext("/fhir", (exchange) -> {
			try (InputStream body = exchange.getRequestBody()) {
				if ("POST".equals(exchange.getRequestMethod())) {
					partner.received.add(new String(body.readAllBytes(), StandardCharsets.UTF_8));
					partner.contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
				}
			}
			byte[] response = "{\"resourceType\":\"Bundle\",\"type\":\"transaction-response\"}"
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
			exchange.sendResponseHeaders(partner.answer.get(), response.length);
			exchange.getResponseBody().write(response);
			exchange.close();
		});
		server.start();
		return partner;
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/fhir";
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
