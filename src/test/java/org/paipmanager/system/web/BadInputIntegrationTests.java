package org.paipmanager.system.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.paipmanager.AgencyFixture;
import org.paipmanager.MappedRoutes;
import org.paipmanager.WebSession;
import org.paipmanager.participant.Gender;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, bad input: every route that changes something, found in the running
 * application's handler mappings, receives malformed forms and JSON built from the fields
 * its handler binds (empty, huge, wrong type, impossible dates, markup, SQL, control
 * characters), signed in as a program director with every path variable filled by a real
 * participant's id and by an unknown one. No answer may be a 5xx or carry a stack trace
 * or exception name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputIntegrationTests {

	/**
	 * Sign-in, sign-out and second-factor routes have tests of their own; fuzzing them
	 * would lock the account.
	 */
	private static final List<String> SKIPPED = List.of("/login", "/logout", "/account", "/step-up", "/error");

	private static final List<String> NASTY = List.of("", " ", "x".repeat(20_000), "<script>alert(1)</script>",
			"' or '1'='1'; drop table participant; --", "-1", "99999999999999999999999", "1e309", "NaN", "2026-13-45",
			"0000-00-00", "null", "true", "\u0000\u0007\u001b", "\uD83D\uDE00 ñ ß 中文", UUID.randomUUID().toString(),
			"../../etc/passwd", "%00", "{\"a\":1}", "1.5.5", "-0.0001");

	private static final List<String> BROKEN_JSON = List.of("{", "[]", "null", "\"text\"", "{\"a\":", "[".repeat(5000),
			"{\"version\": {\"nested\": true}}", "12345678901234567890");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	@DisplayName("Bad input: malformed forms and JSON on every changing route answer without a 5xx or a stack trace")
	void answersEveryMalformedRequestWithoutServerErrorOrStackTrace() throws Exception {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		String participant = fixture.enrolledParticipant(agency, "Fuzz", Gender.MALE, LocalDate.now().minusWeeks(3))
			.toString();
		WebSession session = new WebSession(this.port);
		session.signIn(fixture.newUser(agency, Role.PROGRAM_DIRECTOR));
		String csrf = WebSession.csrfToken(session.get("/").body());
		Random random = new Random(501);
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (Route route : routes()) {
			for (String id : List.of(participant, UUID.randomUUID().toString())) {
				String path = route.pattern().replaceAll("\\{[^}]+}", id);
				for (int attempt = 0; attempt < 3; attempt++) {
					HttpRequest request = route.json() ? jsonRequest(session, path, route, csrf, random, attempt)
							: formRequest(session, path, route, csrf, random);
					HttpResponse<String> response;
					try {
						response = session.send(request);
					}
					catch (java.io.UncheckedIOException ex) {
						// The server broke the answer off: an error after the response
						// had begun.
						failures.add(route.method() + " " + path + " -> connection broken: " + ex.getMessage());
						continue;
					}
					requests++;
					String body = response.body();
					if (response.statusCode() >= 500 || body.contains("\tat org.") || body.contains("Exception:")
							|| body.contains("at java.base/")) {
						failures.add(route.method() + " " + path + " -> " + response.statusCode() + " "
								+ body.substring(0, Math.min(200, body.length())).replaceAll("\\s+", " "));
					}
				}
			}
		}
		assertThat(requests).as("requests sent").isGreaterThan(200);
		assertThat(failures).as("routes answering malformed input with a server error or a stack trace").isEmpty();
	}

	private HttpRequest formRequest(WebSession session, String path, Route route, String csrf, Random random) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String field : route.fields()) {
			fields.put(field, NASTY.get(random.nextInt(NASTY.size())));
		}
		fields.put("_csrf", csrf);
		String body = fields.entrySet()
			.stream()
			.map((e) -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return HttpRequest.newBuilder(URI.create(session.base() + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.method(route.method(), HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private HttpRequest jsonRequest(WebSession session, String path, Route route, String csrf, Random random,
			int attempt) {
		String body;
		if (attempt == 0) {
			body = BROKEN_JSON.get(random.nextInt(BROKEN_JSON.size()));
		}
		else {
			// Every bound field with a value of the wrong shape: strings where numbers
			// go, objects where text goes.
			body = route.fields()
				.stream()
				.filter((field) -> !field.contains("["))
				.map((field) -> "\"" + field + "\":" + wrongShape(random))
				.collect(Collectors.joining(",", "{", "}"));
		}
		return HttpRequest.newBuilder(URI.create(session.base() + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("X-CSRF-TOKEN", csrf)
			.method(route.method(), HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static String wrongShape(Random random) {
		return switch (random.nextInt(7)) {
			case 0 -> "{\"deep\":[1,2,{\"x\":null}]}";
			case 1 -> "[\"a\",1,null]";
			case 2 -> "-99999999999999999999";
			case 3 -> "\"" + NASTY.get(random.nextInt(NASTY.size()))
				.replace("\\", "\\\\")
				.replace("\"", "\\\"")
				.replaceAll("[\\x00-\\x1f]", " ") + "\"";
			case 4 -> "\"before\\u0000after\"";
			case 5 -> "true";
			default -> "null";
		};
	}

	/**
	 * Every POST, PUT, PATCH and DELETE route with the names of the fields its handler
	 * binds.
	 */
	private List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		for (MappedRoutes.Route mapped : MappedRoutes.all(this.context)) {
			String pattern = mapped.pattern();
			if (mapped.changing() && !pattern.contains("*") && SKIPPED.stream().noneMatch(pattern::startsWith)) {
				routes.add(route(mapped.method(), pattern, mapped.handler()));
			}
		}
		return routes;
	}

	private static Route route(String method, String pattern, HandlerMethod handler) {
		List<String> fields = new ArrayList<>();
		boolean json = false;
		for (MethodParameter parameter : handler.getMethodParameters()) {
			Class<?> type = parameter.getParameterType();
			if (parameter.hasParameterAnnotation(PathVariable.class) || MultipartFile.class.isAssignableFrom(type)) {
				continue;
			}
			if (parameter.hasParameterAnnotation(RequestBody.class)) {
				json = true;
			}
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null) {
				String name = !param.name().isEmpty() ? param.name() : param.value();
				fields.add(!name.isEmpty() ? name : parameter.getParameterName());
			}
			else if (type.isRecord()) {
				fields.addAll(fieldsOf(type, "", 0));
			}
		}
		if (fields.isEmpty()) {
			fields.add("version");
		}
		return new Route(method, pattern, json, fields);
	}

	/**
	 * A record's bindable names, list elements as {@code name[0].field}, one level of
	 * nesting.
	 */
	private static List<String> fieldsOf(Class<?> type, String prefix, int depth) {
		List<String> fields = new ArrayList<>();
		for (RecordComponent component : type.getRecordComponents()) {
			String name = prefix + component.getName();
			Type generic = component.getGenericType();
			if (depth < 2 && generic instanceof ParameterizedType list && List.class.equals(list.getRawType())
					&& list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
				fields.addAll(fieldsOf(element, name + "[0].", depth + 1));
				fields.addAll(fieldsOf(element, name + "[1].", depth + 1));
			}
			else if (depth < 2 && component.getType().isRecord()) {
				fields.addAll(fieldsOf(component.getType(), name + ".", depth + 1));
			}
			else {
				fields.add(name);
			}
		}
		return fields;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private record Route(String method, String pattern, boolean json, List<String> fields) {
	}

}
