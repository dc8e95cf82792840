package org.paipmanager.system.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.paipmanager.AgencyFixture;
import org.paipmanager.AgencyFixture.StaffUser;
import org.paipmanager.MappedRoutes;
import org.paipmanager.MappedRoutes.Route;
import org.paipmanager.OwnerDatabase;
import org.paipmanager.WebSession;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, proof 1, the authorization matrix: every method and route of the running
 * application's handler mappings has one reviewed line in
 * {@code src/test/resources/authorization-matrix.txt} naming the roles that may use it;
 * then every role, and an anonymous caller, requests every route with the path variables
 * filled by a record of the caller's own agency and by the same kind of record of another
 * agency. Expected: anonymous callers are sent to sign in (401 on the API), a role not on
 * the line gets 403, a role on the line gets through (a validation answer to an empty
 * form counts as through), and another agency's record is 404, as if it did not exist.
 * The expectations come from the table, never from the application's security
 * configuration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthorizationMatrixIntegrationTests {

	static final String MATRIX = "authorization-matrix.txt";

	/**
	 * The fourth word of a line whose record the fixtures do not hold for the own agency
	 * either (a contract not yet generated, a screening not started): an allowed role
	 * gets 404 there too.
	 */
	static final String ABSENT = "absent";

	/**
	 * The fourth word of a line whose own-agency record belongs to one person, with the
	 * roles that are not that person: {@code unseen=INT,VL}. A role listed gets 404 for
	 * the own agency's record, as for another agency's (an emergency access only the
	 * person who asked for it and the reviewers see).
	 */
	static final String UNSEEN = "unseen=";

	/** The role codes of the matrix file. */
	static final Map<String, Role> CODES = Map.of("DIR", Role.PROGRAM_DIRECTOR, "INT", Role.INTAKE_WORKER, "FAC",
			Role.FACILITATOR, "VL", Role.VICTIM_LIAISON, "ADM", Role.ADMINISTRATOR, "MON", Role.DEPARTMENT_MONITOR,
			"RSV", Role.REFERRAL_SOURCE_VIEWER);

	/**
	 * What the path variables of a route stand for, by the literal segment before the
	 * variable and the variable's name; the longest match wins. Kinds in
	 * {@link #RECORD_TABLES} or seeded by {@link #seed} are records of an agency; the
	 * others are codes (a section, a step, a quarter) the same in every agency.
	 */
	static final Map<String, String> VARIABLES = Map.ofEntries(Map.entry("participants/{id}", "participant"),
			Map.entry("staff/{id}", "staff"), Map.entry("viewers/{staffId}", "staff"),
			Map.entry("groups/{id}", "group"), Map.entry("partners/{partnerId}", "partner"),
			Map.entry("partner-agencies/{id}", "partner"), Map.entry("fhir-partners/{partnerAgencyId}", "partner"),
			Map.entry("releases/{releaseId}", "release"), Map.entry("records/{recordId}", "victim-record"),
			Map.entry("agreements/{agreementId}", "agreement"), Map.entry("agreements/{id}", "agreement"),
			Map.entry("correspondence/{letterId}", "letter"),
			Map.entry("department-notifications/{id}", "department-notification"),
			Map.entry("outgoing-referrals/{referralId}", "outgoing-referral"),
			Map.entry("extensions/{extensionId}", "extension"), Map.entry("mandated-reports/{eventId}", "report-event"),
			Map.entry("mandated-reports/{reportId}", "mandated-report"), Map.entry("grants/{id}", "grant"),
			Map.entry("grievances/{id}", "grievance"), Map.entry("grievances/{grievanceId}", "grievance"),
			Map.entry("innovation/{id}", "innovation"), Map.entry("innovations/{id}", "innovation"),
			Map.entry("applications/{id}", "protocol-application"),
			Map.entry("protocol-applications/{id}", "protocol-application"),
			Map.entry("corrective-actions/{id}", "corrective-action"),
			Map.entry("review-packets/{id}", "review-packet"), Map.entry("standards/{standardId}", "standard"),
			Map.entry("referral-reports/{reportId}", "referral-report"),
			Map.entry("released-reports/{reportId}", "referral-report"),
			Map.entry("referral-reports/batches/{batchId}", "referral-batch"),
			Map.entry("retention/batches/{batchId}", "retention-batch"), Map.entry("holds/{holdId}", "hold"),
			Map.entry("meetings/{meetingId}", "meeting"),
			Map.entry("planning-consents/{consentId}", "planning-consent"),
			Map.entry("action-items/{itemId}", "action-item"), Map.entry("receipts/{number}", "code:1"),
			Map.entry("policies/{section}", "code:501.80"), Map.entry("steps/{number}", "code:1"),
			Map.entry("quarters/{quarter}", "code:1"), Map.entry("criteria/{criterion}", "code:CONTRACT_FULFILLED"),
			Map.entry("training/{position}", "code:0"), Map.entry("Task/{id}", "code:unknown-task"),
			Map.entry("emergency-access/{grantId}", "emergency-grant"),
			Map.entry("reviews/{grantId}", "emergency-grant"));

	/** Records found in the database by kind, one of each agency. */
	static final Map<String, String> RECORD_TABLES = Map.ofEntries(Map.entry("agreement", "agency_agreement"),
			Map.entry("letter", "correspondence"), Map.entry("department-notification", "department_notification"),
			Map.entry("outgoing-referral", "coordination_outgoing_referral"),
			Map.entry("extension", "completion_extension"), Map.entry("mandated-report", "mandated_report"),
			Map.entry("report-event", "mandated_report"), Map.entry("grant", "program_grant"),
			Map.entry("emergency-grant", "break_glass"), Map.entry("grievance", "program_grievance"),
			Map.entry("innovation", "program_innovation"),
			Map.entry("protocol-application", "program_protocol_application"),
			Map.entry("corrective-action", "compliance_corrective_action"),
			Map.entry("review-packet", "compliance_review_packet"), Map.entry("standard", "completion_standard"),
			Map.entry("referral-report", "referral_report"), Map.entry("referral-batch", "referral_report_batch"),
			Map.entry("retention-batch", "retention_batch"), Map.entry("hold", "retention_hold"),
			Map.entry("meeting", "victim.planning_meeting"), Map.entry("planning-consent", "victim.planning_consent"),
			Map.entry("action-item", "victim.planning_action_item"));

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	/** The whole run, shared by the tests of this class. */
	private static Run run;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Environment environment;

	@Test
	@DisplayName("Authorization matrix: every mapped route has exactly one line in the matrix, and every line a route")
	void everyRouteHasOneLineAndEveryLineARoute() {
		Map<String, Line> matrix = Line.readMatrix();
		List<String> missing = new ArrayList<>();
		Set<String> mapped = new TreeSet<>();
		List<Route> unlisted = new ArrayList<>();
		for (Route route : MappedRoutes.all(this.context)) {
			String key = route.method() + " " + route.pattern();
			mapped.add(key);
			if (!matrix.containsKey(key)) {
				unlisted.add(route);
			}
		}
		if (!unlisted.isEmpty()) {
			Run observed = run();
			for (Route route : unlisted) {
				missing.add("Route " + route.method() + " " + route.pattern() + " has no line in src/test/resources/"
						+ MATRIX + "; add this line (WHO holds the roles that got through in this run: review them"
						+ " against shared/Role.java before you commit it):\n" + observed.suggestedLine(route));
			}
		}
		List<String> stale = matrix.keySet()
			.stream()
			.filter((key) -> !mapped.contains(key))
			.map((key) -> "Line '" + key + "' of src/test/resources/" + MATRIX
					+ " names a route the application no longer maps; remove the line")
			.toList();
		List<String> problems = new ArrayList<>(missing);
		problems.addAll(stale);
		assertThat(problems).as("mapped routes without a line in the matrix, and lines without a mapped route")
			.isEmpty();
	}

	@Test
	@DisplayName("Authorization matrix: every role and anonymous callers, own agency's and another agency's records, get what the matrix says on every route")
	void everyRoleGetsWhatTheMatrixSaysOnEveryRoute() {
		Map<String, Line> matrix = Line.readMatrix();
		Run observed = run();
		List<String> failures = new ArrayList<>();
		for (Route route : observed.routes()) {
			Line line = matrix.get(route.method() + " " + route.pattern());
			if (line != null) {
				failures.addAll(observed.compare(route, line));
			}
		}
		assertThat(observed.requests()).as("requests sent").isGreaterThan(2000);
		assertThat(failures).as("answers that differ from the matrix (caller, request, expected, got)").isEmpty();
	}

	private synchronized Run run() {
		if (run == null) {
			Run crawled = new Run(this.port, this.context, this.environment);
			crawled.crawl();
			run = crawled;
		}
		return run;
	}

	/** One line of the matrix: the roles that may use a route. */
	record Line(String method, String pattern, Set<Role> roles, boolean anonymous, boolean bearer, boolean signIn,
			boolean absent, Set<Role> unseen) {

		static Map<String, Line> readMatrix() {
			Map<String, Line> lines = new LinkedHashMap<>();
			try (InputStream in = AuthorizationMatrixIntegrationTests.class.getClassLoader()
				.getResourceAsStream(MATRIX)) {
				assertThat(in).as(MATRIX + " on the test class path").isNotNull();
				int number = 0;
				for (String raw : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
					number++;
					String text = raw.replaceFirst("#.*", "").strip();
					if (text.isEmpty()) {
						continue;
					}
					String[] parts = text.split("\\s+");
					assertThat(parts.length)
						.as("line %d of %s: METHOD PATTERN WHO [absent|unseen=ROLES]", number, MATRIX)
						.isBetween(3, 4);
					assertThat(parts.length == 3 || parts[3].equals(ABSENT) || parts[3].startsWith(UNSEEN))
						.as("line %d of %s: the fourth word can only be '%s' or '%sROLES'", number, MATRIX, ABSENT,
								UNSEEN)
						.isTrue();
					Line line = parse(parts[0], parts[1], parts[2], number, parts.length == 4 ? parts[3] : "");
					assertThat(lines.put(parts[0] + " " + parts[1], line))
						.as("line %d of %s repeats a route", number, MATRIX)
						.isNull();
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return lines;
		}

		private static Line parse(String method, String pattern, String who, int number, String fourth) {
			Set<Role> roles = EnumSet.noneOf(Role.class);
			boolean anonymous = false;
			boolean bearer = false;
			boolean signIn = false;
			for (String code : who.split(",")) {
				switch (code) {
					case "ALL" -> roles.addAll(CODES.values());
					case "PUBLIC" -> {
						roles.addAll(CODES.values());
						anonymous = true;
					}
					case "NOBODY" -> {
					}
					case "BEARER" -> bearer = true;
					case "SIGN-IN" -> signIn = true;
					default -> {
						Role role = CODES.get(code);
						assertThat(role)
							.as("role code '%s' on line %d of %s (one of %s, ALL, PUBLIC, NOBODY, BEARER, SIGN-IN)",
									code, number, MATRIX, new TreeMap<>(CODES).keySet())
							.isNotNull();
						roles.add(role);
					}
				}
			}
			Set<Role> unseen = EnumSet.noneOf(Role.class);
			if (fourth.startsWith(UNSEEN)) {
				for (String code : fourth.substring(UNSEEN.length()).split(",")) {
					Role role = CODES.get(code);
					assertThat(role).as("role code '%s' after %s on line %d of %s", code, UNSEEN, number, MATRIX)
						.isNotNull();
					assertThat(roles)
						.as("%s%s on line %d of %s names a role the line lets through", UNSEEN, code, number, MATRIX)
						.contains(role);
					unseen.add(role);
				}
			}
			return new Line(method, pattern, roles, anonymous, bearer, signIn, fourth.equals(ABSENT), unseen);
		}

	}

	/** What a caller got, reduced to what the matrix speaks of. */
	enum Outcome {

		/** Through: 2xx, a redirect that is not to sign-in, or a validation answer. */
		THROUGH,
		/** 401, or a redirect to the sign-in page. */
		SIGN_IN,
		/** 403. */
		REFUSED,
		/** 404. */
		NOT_FOUND,
		/** A redirect to step-up re-authentication. */
		STEP_UP,
		/** 5xx: never expected. */
		SERVER_ERROR;

		static Outcome of(HttpResponse<String> response) {
			int status = response.statusCode();
			String location = response.headers().firstValue("Location").orElse("");
			if (status == 401 || (status / 100 == 3 && location.matches("^(https?://[^/]+)?/login([?/].*)?$"))) {
				return SIGN_IN;
			}
			if (status / 100 == 3 && location.contains("/account/step-up")) {
				return STEP_UP;
			}
			return switch (status) {
				case 403 -> REFUSED;
				case 404 -> NOT_FOUND;
				default -> (status >= 500) ? SERVER_ERROR : THROUGH;
			};
		}

	}

	/** Who asked, and whose record the path variables named. */
	record Ask(String caller, boolean otherAgency) {
	}

	/** The seeded agencies, the signed-in sessions and every answer they got. */
	static final class Run {

		private static final String ANONYMOUS = "anonymous";

		private final int port;

		private final ApplicationContext context;

		private final Environment environment;

		private final Map<String, Map<Boolean, String>> ids = new LinkedHashMap<>();

		private final Map<Route, Map<Ask, Answer>> answers = Collections.synchronizedMap(new LinkedHashMap<>());

		private List<Route> routes;

		private int requests;

		Run(int port, ApplicationContext context, Environment environment) {
			this.port = port;
			this.context = context;
			this.environment = environment;
		}

		List<Route> routes() {
			return this.routes;
		}

		int requests() {
			return this.requests;
		}

		void crawl() {
			long started = System.nanoTime();
			AgencyFixture fixture = AgencyFixture.in(this.context);
			AgencyId own = fixture.newAgency();
			AgencyId other = fixture.newAgency();
			Map<Role, StaffUser> ownUsers = users(fixture, own);
			Map<String, WebSession> sessions = new LinkedHashMap<>();
			for (Map.Entry<String, Role> code : new TreeMap<>(CODES).entrySet()) {
				sessions.put(code.getKey(), signedIn(ownUsers, code.getValue()));
			}
			seed(own, false, ownUsers, sessions.get("FAC"));
			Map<Role, StaffUser> otherUsers = users(fixture, other);
			seed(other, true, otherUsers, signedIn(otherUsers, Role.FACILITATOR));
			checkSeeded(own, other);
			this.routes = MappedRoutes.all(this.context);
			// Sign-in and step-up routes last: a second code would change the session.
			List<Route> ordered = new ArrayList<>(this.routes.stream().filter((r) -> !accountRoute(r)).toList());
			ordered.sort((a, b) -> Boolean.compare(a.changing(), b.changing()));
			ordered.addAll(this.routes.stream().filter(Run::accountRoute).toList());

			WebSession anonymous = new WebSession(this.port);
			sessions.put(ANONYMOUS, anonymous);

			ExecutorService pool = Executors.newFixedThreadPool(4);
			try {
				List<Future<Integer>> done = new ArrayList<>();
				for (Map.Entry<String, WebSession> entry : sessions.entrySet()) {
					done.add(pool.submit(() -> crawlAs(entry.getKey(), entry.getValue(), ordered)));
				}
				for (Future<Integer> future : done) {
					this.requests += future.get();
				}
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			finally {
				pool.shutdown();
			}
			writeObserved();
			System.out.printf("Authorization matrix: %d requests in %d s%n", this.requests,
					(System.nanoTime() - started) / 1_000_000_000L);
		}

		/** One staff user of the agency for each role. */
		private static Map<Role, StaffUser> users(AgencyFixture fixture, AgencyId agency) {
			Map<Role, StaffUser> users = new LinkedHashMap<>();
			for (Role role : new TreeMap<>(CODES).values()) {
				users.put(role, fixture.newUser(agency, role));
			}
			return users;
		}

		private WebSession signedIn(Map<Role, StaffUser> users, Role role) {
			StaffUser user = users.get(role);
			WebSession session = new WebSession(this.port);
			session.signIn(user);
			if (role != Role.REFERRAL_SOURCE_VIEWER) {
				// Victim compartment and bulk exports open only after step-up: done
				// once, so the matrix sees the role, not the missing second proof.
				session.submit("/account/step-up", "/account/step-up", Map.of("code",
						TotpCodes.forStep(user.totpSecret(), TotpCodes.currentStep() + 1), "continue", "/"));
			}
			return session;
		}

		private static boolean accountRoute(Route route) {
			return route.pattern().startsWith("/account") || route.pattern().startsWith("/login");
		}

		private int crawlAs(String caller, WebSession session, List<Route> ordered) {
			String csrf = csrfToken(session, caller.equals(ANONYMOUS) ? "/login" : "/");
			int sent = 0;
			for (Route route : ordered) {
				for (boolean otherAgency : List.of(false, true)) {
					if (otherAgency && !namesAgencyRecord(route)) {
						continue;
					}
					String path = fill(route.pattern(), otherAgency);
					HttpResponse<String> response = session.send(request(session, route, path, csrf));
					sent++;
					this.answers.computeIfAbsent(route, (r) -> Collections.synchronizedMap(new LinkedHashMap<>()))
						.put(new Ask(caller, otherAgency), new Answer(path, response.statusCode(),
								response.headers().firstValue("Location").orElse(""), Outcome.of(response)));
				}
			}
			return sent;
		}

		/** The CSRF token of the page, or of the page it redirects to. */
		private static String csrfToken(WebSession session, String page) {
			HttpResponse<String> response = session.get(page);
			String location = response.headers().firstValue("Location").orElse(null);
			if (response.statusCode() / 100 == 3 && location != null) {
				return csrfToken(session, location.replaceFirst("^https?://[^/]+", ""));
			}
			return WebSession.csrfToken(response.body());
		}

		private static HttpRequest request(WebSession session, Route route, String path, String csrf) {
			boolean api = path.startsWith("/api/") || path.startsWith("/fhir/");
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(session.base() + path));
			if (!route.changing()) {
				if (api) {
					request.header("Accept", "application/json");
				}
				return request.GET().build();
			}
			if (api) {
				return request.header("Content-Type", "application/json")
					.header("Accept", "application/json")
					.header("X-CSRF-TOKEN", csrf)
					.method(route.method(), HttpRequest.BodyPublishers.ofString("{}"))
					.build();
			}
			return request.header("Content-Type", "application/x-www-form-urlencoded")
				.method(route.method(), HttpRequest.BodyPublishers.ofString("_csrf=" + csrf))
				.build();
		}

		/** The kind of record a path variable names, or null for a code. */
		private static String kind(String pattern, int variableStart) {
			String before = pattern.substring(0, variableStart);
			Matcher variable = VARIABLE.matcher(pattern);
			variable.find(variableStart);
			String best = null;
			int bestLength = -1;
			for (Map.Entry<String, String> entry : VARIABLES.entrySet()) {
				String key = entry.getKey();
				String prefix = key.substring(0, key.indexOf('{'));
				if (key.endsWith(variable.group()) && before.endsWith(prefix) && prefix.length() > bestLength) {
					best = entry.getValue();
					bestLength = prefix.length();
				}
			}
			assertThat(best).as("what {%s} of %s stands for: add it to VARIABLES", variable.group(1), pattern)
				.isNotNull();
			return best;
		}

		private boolean namesAgencyRecord(Route route) {
			Matcher variable = VARIABLE.matcher(route.pattern());
			while (variable.find()) {
				if (!kind(route.pattern(), variable.start()).startsWith("code:")) {
					return true;
				}
			}
			return false;
		}

		private String fill(String pattern, boolean otherAgency) {
			Matcher variable = VARIABLE.matcher(pattern);
			StringBuilder path = new StringBuilder();
			while (variable.find()) {
				String kind = kind(pattern, variable.start());
				String value = kind.startsWith("code:") ? kind.substring(5)
						: this.ids.getOrDefault(kind, Map.of()).getOrDefault(otherAgency, unseeded(kind, otherAgency));
				variable.appendReplacement(path, Matcher.quoteReplacement(value));
			}
			variable.appendTail(path);
			return path.toString();
		}

		/** A stable unknown id for a kind no fixture holds. */
		private static String unseeded(String kind, boolean otherAgency) {
			return UUID.nameUUIDFromBytes((kind + otherAgency).getBytes(StandardCharsets.UTF_8)).toString();
		}

		boolean seeded(String pattern) {
			Matcher variable = VARIABLE.matcher(pattern);
			while (variable.find()) {
				String kind = kind(pattern, variable.start());
				if (!kind.startsWith("code:") && !this.ids.containsKey(kind)) {
					return false;
				}
			}
			return true;
		}

		/** One record of each kind in the agency, through the facades. */
		private void seed(AgencyId agency, boolean otherAgency, Map<Role, StaffUser> users, WebSession facilitator) {
			Map<String, String> built = MatrixRecords.seed(this.context, agency, users, facilitator);
			built.forEach((kind, id) -> put(kind, otherAgency, id));
			// Records a module writes itself in reaction to others (the Department
			// notification of a new group) are found in their table.
			try (Connection owner = OwnerDatabase.connect(this.environment)) {
				for (Map.Entry<String, String> table : RECORD_TABLES.entrySet()) {
					if (built.containsKey(table.getKey())) {
						continue;
					}
					try (PreparedStatement select = owner.prepareStatement(
							"select id::text from " + table.getValue() + " where agency_id = ? order by id limit 1")) {
						select.setObject(1, agency.value());
						try (ResultSet rs = select.executeQuery()) {
							if (rs.next()) {
								put(table.getKey(), otherAgency, rs.getString(1));
							}
						}
					}
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}

		/**
		 * Every kind of {@link #RECORD_TABLES} has a record of each agency, found in its
		 * table under that agency: so no line is left checking the role alone.
		 */
		private void checkSeeded(AgencyId own, AgencyId other) {
			List<String> problems = new ArrayList<>();
			try (Connection owner = OwnerDatabase.connect(this.environment)) {
				for (Map.Entry<String, String> table : RECORD_TABLES.entrySet()) {
					String column = table.getKey().equals("report-event") ? "event_id" : "id";
					for (boolean otherAgency : List.of(false, true)) {
						String id = this.ids.getOrDefault(table.getKey(), Map.of()).get(otherAgency);
						if (id == null) {
							problems.add(table.getKey() + (otherAgency ? " of the other agency" : " of the own agency")
									+ ": MatrixRecords builds none");
							continue;
						}
						try (PreparedStatement select = owner.prepareStatement("select count(*) from "
								+ table.getValue() + " where " + column + " = ?::uuid and agency_id = ?")) {
							select.setString(1, id);
							select.setObject(2, (otherAgency ? other : own).value());
							try (ResultSet rs = select.executeQuery()) {
								rs.next();
								if (rs.getLong(1) == 0) {
									problems.add(table.getKey() + " " + id + " is not in " + table.getValue()
											+ " under its agency");
								}
							}
						}
					}
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
			assertThat(problems).as("records of every kind in both agencies").isEmpty();
		}

		private void put(String kind, boolean otherAgency, String id) {
			this.ids.computeIfAbsent(kind, (k) -> new LinkedHashMap<>()).put(otherAgency, id);
		}

		/** The differences between the answers to a route and its line. */
		List<String> compare(Route route, Line line) {
			List<String> failures = new ArrayList<>();
			boolean seeded = seeded(route.pattern());
			for (Map.Entry<Ask, Answer> entry : this.answers.getOrDefault(route, Map.of()).entrySet()) {
				Ask ask = entry.getKey();
				Answer answer = entry.getValue();
				Set<Outcome> expected = expected(line, ask, seeded, route.changing());
				if (!expected.contains(answer.outcome())) {
					failures.add(ask.caller() + (ask.otherAgency() ? " (other agency's record)" : "") + " "
							+ route.method() + " " + answer.path() + ": expected " + expected + ", got "
							+ answer.status() + (answer.location().isEmpty() ? "" : " -> " + answer.location()));
				}
			}
			return failures;
		}

		private static Set<Outcome> expected(Line line, Ask ask, boolean seeded, boolean changing) {
			if (line.bearer()) {
				return EnumSet.of(Outcome.SIGN_IN);
			}
			if (line.signIn()) {
				// A step of signing in: served, or sent on to the step the caller is at.
				return EnumSet.of(Outcome.THROUGH, Outcome.SIGN_IN, Outcome.NOT_FOUND);
			}
			if (ask.caller().equals(ANONYMOUS)) {
				if (!line.anonymous()) {
					return EnumSet.of(Outcome.SIGN_IN);
				}
				return line.absent() ? EnumSet.of(Outcome.THROUGH, Outcome.NOT_FOUND) : EnumSet.of(Outcome.THROUGH);
			}
			if (!line.roles().contains(CODES.get(ask.caller()))) {
				return EnumSet.of(Outcome.REFUSED);
			}
			if (ask.otherAgency()) {
				// An empty form to another agency's record may be answered by validation
				// before the record is looked up; a read never gets through.
				return changing ? EnumSet.of(Outcome.NOT_FOUND, Outcome.THROUGH) : EnumSet.of(Outcome.NOT_FOUND);
			}
			// A kind no fixture holds is asked for with an unknown id: not found is
			// through as far as authorization goes.
			if (line.unseen().contains(CODES.get(ask.caller()))) {
				// Someone else's record of the own agency: as if it did not exist.
				return changing ? EnumSet.of(Outcome.NOT_FOUND, Outcome.THROUGH) : EnumSet.of(Outcome.NOT_FOUND);
			}
			return (seeded && !line.absent()) ? EnumSet.of(Outcome.THROUGH)
					: EnumSet.of(Outcome.THROUGH, Outcome.NOT_FOUND);
		}

		/** The line the answers of this run would make for a route. */
		String suggestedLine(Route route) {
			Map<Ask, Answer> byAsk = this.answers.getOrDefault(route, Map.of());
			Answer anonymous = byAsk.get(new Ask(ANONYMOUS, false));
			String who;
			if (anonymous != null && anonymous.outcome() == Outcome.THROUGH) {
				who = "PUBLIC";
			}
			else {
				List<String> codes = new TreeMap<>(CODES).entrySet().stream().filter((code) -> {
					Answer own = byAsk.get(new Ask(code.getKey(), false));
					return own != null && own.outcome() != Outcome.REFUSED && own.outcome() != Outcome.SIGN_IN;
				}).map(Map.Entry::getKey).toList();
				who = codes.isEmpty() ? "NOBODY" : (codes.size() == CODES.size()) ? "ALL" : String.join(",", codes);
			}
			boolean absent = seeded(route.pattern()) && byAsk.entrySet()
				.stream()
				.anyMatch((e) -> !e.getKey().otherAgency() && e.getValue().outcome() == Outcome.NOT_FOUND);
			return String.format("%-7s %-75s %s", route.method(), route.pattern(), who) + (absent ? " " + ABSENT : "");
		}

		/**
		 * Every answer of the run and the suggested matrix, under target/, for review.
		 */
		private void writeObserved() {
			List<String> observed = new ArrayList<>();
			List<String> suggested = new ArrayList<>();
			for (Route route : this.routes) {
				suggested.add(suggestedLine(route));
				Map<Ask, Answer> byAsk = this.answers.getOrDefault(route, Map.of());
				observed.add(route.method() + " " + route.pattern() + (seeded(route.pattern()) ? "" : "  [unseeded]")
						+ "  "
						+ byAsk.entrySet()
							.stream()
							.sorted(Map.Entry.comparingByKey(
									(a, b) -> (a.caller() + a.otherAgency()).compareTo(b.caller() + b.otherAgency())))
							.map((e) -> e.getKey().caller() + (e.getKey().otherAgency() ? "/other" : "") + "="
									+ e.getValue().status())
							.collect(Collectors.joining(" ")));
			}
			try {
				Files.createDirectories(Path.of("target"));
				Files.write(Path.of("target/authorization-matrix.observed.txt"), observed);
				Files.write(Path.of("target/authorization-matrix.suggested.txt"), suggested);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	record Answer(String path, int status, String location, Outcome outcome) {
	}

	static {
		// Keep the role codes in step with the roles.
		assertThat(EnumSet.copyOf(CODES.values())).containsExactlyInAnyOrder(Role.values());
	}

}
