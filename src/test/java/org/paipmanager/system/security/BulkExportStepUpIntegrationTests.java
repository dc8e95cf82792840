package org.paipmanager.system.security;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.OwnerDatabase;
import org.paipmanager.SettableClock;
import org.paipmanager.WebSession;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.BulkExport;
import org.paipmanager.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step-up re-authentication before bulk exports (issue 9 part 7, ASVS 5.0 7.5.3, HIPAA
 * 164.312(b), ADR 0023): every route of the running application that hands out a file or
 * exports records is found from the handler mappings and must either carry
 * {@link BulkExport} or be named here as a single-record document; every
 * {@code @BulkExport} route then refuses without a step-up of the last five minutes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SettableClock.Configuration.class)
class BulkExportStepUpIntegrationTests {

	/**
	 * Downloads of one record each, opened from that record's page: not bulk exports.
	 */
	private static final Map<String, String> SINGLE_RECORD_DOCUMENTS = Map.of(
			"GET /participants/{id}/fees/receipts/{number}/pdf", "one receipt",
			"GET /participants/{id}/contract/signature", "one participant's signature",
			"GET /participants/{id}/contract/scan", "one participant's signed contract",
			"GET /participants/{id}/outgoing-referrals/{referralId}/pdf", "one referral",
			"GET /participants/{id}/correspondence/{letterId}.pdf", "one letter",
			"GET /referral-reports/{reportId}.pdf", "one report", "GET /released-reports/{reportId}.pdf",
			"one report released to the viewer", "GET /account/totp/qr.png", "the user's own enrolment code");

	/** The exports the brief names: each must be among the guarded routes. */
	private static final List<String> KNOWN_EXPORTS = List.of("GET /statistics/export",
			"GET /statistics/regional/export", "GET /api/statistics", "GET /api/statistics/regional",
			"GET /agency/directory/hsds.json", "GET /api/partner-agencies/hsds",
			"GET /program/grants/{id}/quarters/{quarter}/export", "GET /review-packets/{id}/packet.pdf",
			"GET /review-packets/{id}/packet.zip", "POST /referral-reports/batches");

	private static final Pattern EXPORT_PATH = Pattern
		.compile("(?i).*(export|hsds|download|\\.(csv|zip|xlsx|json)$).*");

	private static final Set<String> FILE_TYPES = Set.of("text/csv", "application/zip", "application/octet-stream",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Environment environment;

	@Autowired
	SettableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	@DisplayName("ASVS 7.5.3: every route that hands out a file or exports records requires a fresh step-up, or is a named single-record document")
	void everyExportRouteIsGuarded() {
		Map<String, Method> candidates = new TreeMap<>();
		Set<String> guarded = new TreeSet<>();
		handlers().forEach((route, handler) -> {
			if (handler.hasMethodAnnotation(BulkExport.class)) {
				guarded.add(route);
			}
			else if (looksLikeAnExport(route, handler)) {
				candidates.put(route, handler.getMethod());
			}
		});
		assertThat(candidates.keySet()).as("routes that hand out files or exports without @BulkExport")
			.isSubsetOf(SINGLE_RECORD_DOCUMENTS.keySet());
		assertThat(guarded).containsAll(KNOWN_EXPORTS);
		// The heuristic itself finds the known exports, so a new one like them is found.
		handlers().forEach((route, handler) -> {
			if (KNOWN_EXPORTS.contains(route) && route.startsWith("GET ")) {
				assertThat(looksLikeAnExport(route, handler)).as(route).isTrue();
			}
		});
	}

	@Test
	@DisplayName("ASVS 7.5.3, HIPAA 164.312(b): without a step-up of the last 5 minutes every export sends pages to the step-up page and back, and answers the API with problem+json 403")
	void everyExportRefusesWithoutAFreshStepUp() throws SQLException {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		Map<Role, WebSession> sessions = new EnumMap<>(Role.class);
		Map<String, HandlerMethod> handlers = handlers();
		List<String> guarded = handlers.keySet()
			.stream()
			.filter((route) -> handlers.get(route).hasMethodAnnotation(BulkExport.class))
			.toList();
		for (String route : guarded) {
			BulkExport export = handlers.get(route).getMethodAnnotation(BulkExport.class);
			Role role = List.of(Role.values())
				.stream()
				.filter((candidate) -> List.of(export.permissions())
					.stream()
					.anyMatch((permission) -> candidate.permissions().contains(permission)))
				.findFirst()
				.orElseThrow();
			WebSession session = sessions.computeIfAbsent(role, (key) -> {
				WebSession signedIn = new WebSession(this.port);
				signedIn.signIn(fixture.newUser(agency, key));
				return signedIn;
			});
			String path = filled(route);
			HttpResponse<String> refused = request(session, route, path, "/statistics");
			if (path.startsWith("/api/")) {
				assertThat(refused.statusCode()).as(route).isEqualTo(403);
				assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).as(route)
					.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				assertThat(refused.body()).as(route).contains(BulkExport.PROBLEM_TYPE, "/account/step-up");
			}
			else {
				assertThat(refused.statusCode()).as(route).isEqualTo(302);
				String back = route.startsWith("GET ") ? path + "?format=csv" : "/statistics";
				assertThat(refused.headers().firstValue("Location").orElseThrow()).as(route)
					.endsWith("/account/step-up?export&continue=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
			}
		}
		assertThat(sessions).containsKeys(Role.PROGRAM_DIRECTOR, Role.DEPARTMENT_MONITOR);

		// The step-up page says why, and after the code the export opens.
		WebSession director = sessions.get(Role.PROGRAM_DIRECTOR);
		assertThat(director.get("/account/step-up?export&continue=%2Fstatistics%2Fexport%3Fformat%3Dcsv").body())
			.contains("export many records");
		HttpResponse<String> steppedUp = director.submit("/account/step-up", "/account/step-up",
				Map.of("code", TotpCodes.forStep(userSecret(director), TotpCodes.currentStep() + 1), "continue",
						"/statistics/export?format=csv"));
		assertThat(steppedUp.headers().firstValue("Location").orElseThrow()).endsWith("/statistics/export?format=csv");
		HttpResponse<String> csv = director.get("/statistics/export?format=csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		HttpResponse<String> api = director
			.send(HttpRequest.newBuilder(URI.create(director.base() + "/api/statistics?from=2025-01-01&to=2025-06-30"))
				.header("Accept", "application/json")
				.build());
		assertThat(api.statusCode()).isEqualTo(200);
		for (String route : guarded) {
			if (List.of(handlers.get(route).getMethodAnnotation(BulkExport.class).permissions())
				.stream()
				.anyMatch(Role.PROGRAM_DIRECTOR.permissions()::contains)) {
				HttpResponse<String> open = request(director, route, filled(route), "/statistics");
				assertThat(open.headers().firstValue("Location").orElse("")).as(route).doesNotContain("step-up");
				assertThat(open.statusCode()).as(route).isNotEqualTo(403);
			}
		}

		// Five minutes later the export is closed again, though the compartment's 15
		// minutes are not over.
		this.clock.advance(StepUpVerifiedWindow.EXPORT.plusSeconds(1));
		assertThat(director.get("/statistics/export?format=csv").headers().firstValue("Location").orElseThrow())
			.contains("/account/step-up?export");
		assertThat(director.get("/api/statistics").statusCode()).isEqualTo(403);

		try (Connection owner = OwnerDatabase.connect(this.environment);
				PreparedStatement statement = owner.prepareStatement(
						"select detail from audit_log where agency_id = ? and record_type = 'bulk-export' and record_id = 'statistics'")) {
			statement.setObject(1, agency.value());
			List<String> details = new ArrayList<>();
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					details.add(rows.getString(1));
				}
			}
			assertThat(details).contains("refused: step-up required", "step-up fresh");
		}
	}

	private static String userSecret(WebSession session) {
		return session.user().totpSecret();
	}

	/** The route's path with its variables filled (a quarter number, else a fresh id). */
	private static String filled(String route) {
		return path(route).replace("{quarter}", "1").replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
	}

	private static HttpResponse<String> request(WebSession session, String route, String path, String referer) {
		boolean get = route.startsWith("GET ");
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create(session.base() + path + ((get && !path.startsWith("/api/")) ? "?format=csv" : "")));
		if (path.startsWith("/api/")) {
			request.header("Accept", "application/json");
		}
		if (get) {
			return session.send(request.GET().build());
		}
		String csrf = WebSession.csrfToken(session.get("/").body());
		return session.send(request.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Referer", session.base() + referer)
			.POST(HttpRequest.BodyPublishers.ofString("month=2026-10&_csrf=" + csrf))
			.build());
	}

	private static String path(String route) {
		return route.substring(route.indexOf(' ') + 1);
	}

	/** Every mapped route as "METHOD pattern" with its handler. */
	private Map<String, HandlerMethod> handlers() {
		Map<String, HandlerMethod> routes = new TreeMap<>();
		for (RequestMappingHandlerMapping mapping : this.context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()) {
			mapping.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					for (String pattern : info.getPatternValues()) {
						if (!pattern.equals("/error")) {
							routes.put(method.name() + " " + pattern, handler);
						}
					}
				}
			});
		}
		return routes;
	}

	/**
	 * A GET route that names an export or a file type in its path, declares a file type
	 * it produces, or answers raw bytes, a resource or a stream.
	 */
	private static boolean looksLikeAnExport(String route, HandlerMethod handler) {
		if (!route.startsWith("GET ") || route.startsWith("GET /v3/") || route.startsWith("GET /swagger")) {
			return false;
		}
		if (EXPORT_PATH.matcher(path(route)).matches()) {
			return true;
		}
		Method method = handler.getMethod();
		org.springframework.web.bind.annotation.GetMapping get = method
			.getAnnotation(org.springframework.web.bind.annotation.GetMapping.class);
		if (get != null && List.of(get.produces())
			.stream()
			.anyMatch((type) -> FILE_TYPES.stream().anyMatch(type::startsWith))) {
			return true;
		}
		Class<?> raw = method.getReturnType();
		if (raw == byte[].class || Resource.class.isAssignableFrom(raw)
				|| StreamingResponseBody.class.isAssignableFrom(raw)) {
			return true;
		}
		Type generic = method.getGenericReturnType();
		if (raw == ResponseEntity.class && generic instanceof ParameterizedType parameterized) {
			Type body = parameterized.getActualTypeArguments()[0];
			return body == byte[].class || (body instanceof Class<?> type
					&& (Resource.class.isAssignableFrom(type) || StreamingResponseBody.class.isAssignableFrom(type)));
		}
		return false;
	}

	/** The export window, named for the assertion above. */
	private static final class StepUpVerifiedWindow {

		static final Duration EXPORT = org.paipmanager.shared.StepUpVerified.EXPORT_VALIDITY;

	}

}
