package org.paipmanager.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.paipmanager.AgencyFixture;
import org.paipmanager.PaipManagerApplication;
import org.paipmanager.WebSession;
import org.paipmanager.group.AttendanceCommand;
import org.paipmanager.group.AttendanceProgress;
import org.paipmanager.group.AttendanceStatus;
import org.paipmanager.group.RecordingAttendance;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.ActorPrincipal;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Permission;
import org.paipmanager.shared.Role;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The on-demand benchmark (bench/run): keeps a generated statewide data set in its own
 * embedded PostgreSQL, starts the real application on it and times the real code paths
 * against the raw SQL that computes the same thing, interleaved in one run.
 * <p>
 * Not a test: surefire runs only {@code *Tests} classes, so {@code ./mvnw verify} never
 * starts it.
 */
public final class BenchmarkRun {

	private static final long DEFAULT_SEED = 20260628L;

	private final Options options;

	private final Map<String, String> dataSet = new LinkedHashMap<>();

	private final List<Timings> timings = new ArrayList<>();

	private final Map<String, String> notes = new LinkedHashMap<>();

	private final List<BenchmarkReport.Result> results = new ArrayList<>();

	private String jdbcUrl;

	private BenchmarkRun(Options options) {
		this.options = options;
	}

	public static void main(String[] args) throws Exception {
		// Before Spring configures logging: the embedded server's start-up chatter is not
		// wanted.
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("io.zonky"))
			.setLevel(ch.qos.logback.classic.Level.WARN);
		Options options = Options.parse(args);
		new BenchmarkRun(options).run();
		System.exit(0);
	}

	private void run() throws Exception {
		Scale scale = this.options.scale();
		Path home = this.options.dataRoot().resolve(scale.name() + "-" + this.options.seed());
		Path marker = home.resolve("dataset.properties");
		boolean generate = this.options.regenerate() || !matches(marker);
		if (generate) {
			deleteTree(home);
		}
		Files.createDirectories(home);
		String loadBefore = loadAverage();
		System.out.printf("PAIP Manager benchmark: scale %s (%d agencies, %d participants), seed %d, data in %s%n",
				scale.name(), scale.agencies(), scale.participants(), this.options.seed(), home);
		try (EmbeddedPostgres postgres = startPostgres(home.resolve("postgres"))) {
			this.jdbcUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
			long appStarted = System.nanoTime();
			try (ConfigurableApplicationContext app = startApplication()) {
				this.notes.put("application start (s)", seconds(appStarted));
				try (Connection owner = DriverManager.getConnection(this.jdbcUrl, "postgres", "")) {
					if (generate) {
						generate(owner, scale, marker);
					}
					this.dataSet.putAll(readProperties(marker));
					this.dataSet.put("generated in this run", String.valueOf(generate));
					clearBenchmarkSessions(owner);
					this.notes.put("postgres", queryString(owner, "select version()"));
					whatIf(owner, this.options.whatIf());
					try {
						benchmark(app, owner);
					}
					finally {
						whatIf(owner, this.options.whatIfUndo());
					}
				}
			}
		}
		if (this.options.appProperty() != null) {
			this.notes.put("what-if application property", this.options.appProperty());
		}
		this.notes.put("load average before", loadBefore);
		this.notes.put("load average after", loadAverage());
		new BenchmarkReport(scale, this.options, this.dataSet, this.timings, this.notes, this.results).write();
	}

	/**
	 * A change tried on the kept data set for one run only (an index a migration might
	 * add), undone afterwards; the result files then carry "what-if" in their names.
	 */
	private void whatIf(Connection owner, String statement) throws SQLException {
		if (statement == null) {
			return;
		}
		System.out.println("What-if: " + statement);
		try (Statement sql = owner.createStatement()) {
			sql.execute(statement);
			sql.execute("analyze");
		}
		this.notes.merge("what-if statements", statement, (a, b) -> a + "; then " + b);
	}

	private void generate(Connection owner, Scale scale, Path marker) throws SQLException, IOException {
		System.out.println("Generating the data set (first run for this scale and seed):");
		long started = System.nanoTime();
		StatewideDataSet data = new StatewideDataSet(owner, scale, this.options.seed());
		data.generate();
		double generation = (System.nanoTime() - started) / 1e9;
		Map<String, Long> problems = data.check();
		Properties properties = new Properties();
		properties.setProperty("generator version", String.valueOf(StatewideDataSet.GENERATOR_VERSION));
		properties.setProperty("scale", scale.name());
		properties.setProperty("seed", String.valueOf(this.options.seed()));
		properties.setProperty("generation seconds", String.format(Locale.ROOT, "%.1f", generation));
		data.stepSeconds()
			.forEach((step, seconds) -> properties.setProperty("step " + step + " (s)",
					String.format(Locale.ROOT, "%.1f", seconds)));
		data.rowCounts().forEach((table, rows) -> properties.setProperty("rows " + table, String.valueOf(rows)));
		problems.forEach((check, found) -> properties.setProperty("check " + check, String.valueOf(found)));
		properties.setProperty("fingerprint", data.fingerprint());
		properties.setProperty("database size",
				queryString(owner, "select pg_size_pretty(pg_database_size(current_database()))"));
		properties.setProperty("load average when generated", loadAverage());
		try (OutputStream out = Files.newOutputStream(marker)) {
			properties.store(out, "Synthetic statewide data set (bench/run)");
		}
		problems.forEach((check, found) -> {
			if (found != 0) {
				throw new IllegalStateException("Generated data breaks a rule: " + check + " (" + found + ")");
			}
		});
		System.out.printf("Generated in %.1f s%n", generation);
	}

	private void benchmark(ConfigurableApplicationContext app, Connection owner) throws SQLException {
		UUID agency = queryUuid(owner, """
				select agency_id from program_group group by agency_id order by count(*) desc, agency_id limit 1""");
		AgencyId agencyId = new AgencyId(agency);
		AgencyFixture.StaffUser user = AgencyFixture.in(app).newUser(agencyId, Role.FACILITATOR);
		Actor facilitator = new Actor(user.staffId(), agencyId, user.username(), Set.of(Role.FACILITATOR));
		WebSession browser = new WebSession(
				Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port")));
		int signedIn = browser.signIn(user).statusCode();
		if (signedIn != 302) {
			throw new IllegalStateException("Sign-in answered " + signedIn);
		}
		this.notes.put("benchmark agency",
				queryString(owner, "select name from agency where id = '" + agency + "'") + " (the largest)");
		this.notes.put("benchmark agency participants",
				queryString(owner, "select count(*) from participant where agency_id = '" + agency + "'"));
		RecordingAttendance attendance = app.getBean(RecordingAttendance.class);
		AgencyFixture.StaffUser directorUser = AgencyFixture.in(app).newUser(agencyId, Role.PROGRAM_DIRECTOR);
		Actor director = new Actor(directorUser.staffId(), agencyId, directorUser.username(),
				Set.of(Role.PROGRAM_DIRECTOR));
		WebSession directorBrowser = new WebSession(
				Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port")));
		if (directorBrowser.signIn(directorUser).statusCode() != 302) {
			throw new IllegalStateException("Director sign-in failed");
		}
		try (Connection raw = DriverManager.getConnection(this.jdbcUrl, "paip_app", "")) {
			raw.setAutoCommit(false);
			asFacilitator(facilitator, () -> {
				try {
					if (this.options.runs("recording")) {
						recording(owner, raw, attendance, facilitator);
						profileRecording(owner, attendance, facilitator);
					}
					if (this.options.runs("progress")) {
						progress(owner, raw, attendance, browser, facilitator);
					}
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
				return null;
			});
			asFacilitator(director, () -> {
				try {
					if (this.options.runs("statistics")) {
						new StatisticsBenchmark(this.options, this.timings, this.notes, app, owner, raw,
								directorBrowser, director)
							.run();
					}
					if (this.options.runs("load")) {
						new LoadTestBenchmark(this.options, this.timings, this.notes, this.results, app, owner,
								agencyId)
							.run();
					}
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
				return null;
			});
			if (this.options.runs("batch")) {
				AgencyId batchAgency = new AgencyId(
						MonthlyBatchBenchmark.agencyNearest(owner, this.options.batchSize()));
				AgencyFixture.StaffUser batchUser = AgencyFixture.in(app).newUser(batchAgency, Role.PROGRAM_DIRECTOR);
				Actor batchDirector = new Actor(batchUser.staffId(), batchAgency, batchUser.username(),
						Set.of(Role.PROGRAM_DIRECTOR));
				this.notes.put("monthly batch agency", queryString(owner, "select a.name || ' (' || count(p.*) "
						+ "|| ' participants, rank ' || (select count(*) + 1 from agency b where (select count(*) "
						+ "from participant q where q.agency_id = b.id) > count(p.*)) || ' of ' || (select count(*) "
						+ "from agency) || ' by size)' from agency a join participant p on p.agency_id = a.id where a.id = '"
						+ batchAgency.value() + "' group by a.name"));
				asFacilitator(batchDirector, () -> {
					try {
						new MonthlyBatchBenchmark(this.timings, this.notes, this.results, app, owner, raw,
								batchDirector)
							.run();
					}
					catch (SQLException ex) {
						throw new IllegalStateException(ex);
					}
					return null;
				});
			}
		}
	}

	/**
	 * Recording attendance for a full group of 15: RecordingAttendance.record
	 * (validation, membership and participant reads, session aggregate save, audit)
	 * against the session INSERT and one 15-row attendance INSERT in one transaction.
	 */
	private void recording(Connection owner, Connection raw, RecordingAttendance attendance, Actor facilitator)
			throws SQLException {
		int perVariant = this.options.warmup() + this.options.iterations();
		long weeksAvailable = (LocalDate.now().toEpochDay() - StatewideDataSet.AS_OF.toEpochDay()) / 7;
		int weeks = (int) Math.max(1, Math.min(weeksAvailable, 12));
		int pairs = (perVariant + weeks - 1) / weeks;
		List<FullGroup> groups = fullGroups(owner, facilitator.agencyId().value(), 2 * pairs);
		if (groups.size() < 2 * pairs) {
			throw new IllegalStateException("Only " + groups.size() + " full groups in the benchmark agency; need "
					+ 2 * pairs + " (use fewer iterations)");
		}
		this.notes.put("recording", groups.size() + " full groups of 15, " + weeks + " new weekly sessions each");
		Timings app = new Timings("record attendance, group of 15: RecordingAttendance.record");
		Timings sql = new Timings("record attendance, group of 15: raw SQL (session + 15-row INSERT, commit)");
		for (int i = 0; i < perVariant; i++) {
			int week = 1 + i / pairs;
			FullGroup appGroup = groups.get(2 * (i % pairs));
			FullGroup sqlGroup = groups.get(2 * (i % pairs) + 1);
			AttendanceCommand command = appGroup.command(appGroup.lastHeld().plusWeeks(week));
			boolean measured = i >= this.options.warmup();
			Runnable viaApp = () -> time(measured ? app : null, () -> attendance.record(appGroup.id(), command));
			Runnable viaSql = () -> time(measured ? sql : null,
					() -> sqlGroup.recordRaw(raw, facilitator, sqlGroup.lastHeld().plusWeeks(week)));
			if (i % 2 == 0) {
				viaApp.run();
				viaSql.run();
			}
			else {
				viaSql.run();
				viaApp.run();
			}
		}
		this.timings.add(app);
		this.timings.add(sql);
	}

	private void profileRecording(Connection owner, RecordingAttendance attendance, Actor facilitator)
			throws SQLException {
		List<FullGroup> groups = fullGroups(owner, facilitator.agencyId().value(), 10);
		profile(owner, this.notes, "RecordingAttendance.record", groups.size(), (i) -> {
			FullGroup group = groups.get(i);
			attendance.record(group.id(), group.command(group.lastHeld().plusWeeks(1).plusDays(1)));
		});
	}

	/**
	 * A participant's progress: the participant file page over HTTP (signed in, all file
	 * sections, the attendance section among them), RecordingAttendance.progress, and the
	 * raw aggregate query. Each variant reads different participants so that none warms
	 * the cache for another.
	 */
	private void progress(Connection owner, Connection raw, RecordingAttendance attendance, WebSession browser,
			Actor facilitator) throws SQLException {
		int perVariant = this.options.warmup() + this.options.iterations();
		List<UUID> sample = new ArrayList<>();
		try (PreparedStatement query = owner.prepareStatement("""
				select p.id from participant p where p.agency_id = ?
				and exists (select 1 from group_membership m where m.participant_id = p.id)
				order by md5(p.id::text || ?) limit ?""")) {
			query.setObject(1, facilitator.agencyId().value());
			query.setString(2, String.valueOf(this.options.seed()));
			query.setInt(3, 3 * perVariant);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					sample.add(rs.getObject(1, UUID.class));
				}
			}
		}
		if (sample.size() < 3 * perVariant) {
			throw new IllegalStateException("Only " + sample.size() + " participants with a group history");
		}
		checkSameAnswers(raw, attendance, facilitator, sample.subList(0, 20));
		try (PreparedStatement rows = owner.prepareStatement(
				"select avg(c), max(c) from (select count(*) c from group_attendance where participant_id = any(?) group by participant_id) x")) {
			rows.setArray(1, owner.createArrayOf("uuid", sample.toArray()));
			try (ResultSet rs = rows.executeQuery()) {
				rs.next();
				this.notes.put("progress sample",
						sample.size() + " participants with a group history, "
								+ rs.getBigDecimal(1).setScale(1, RoundingMode.HALF_UP)
								+ " attendance rows on average, " + rs.getInt(2) + " at most");
			}
		}
		Timings page = new Timings("participant file page: GET /participants/{id} (HTTP, signed in)");
		Timings facade = new Timings("participant progress: RecordingAttendance.progress");
		Timings sql = new Timings("participant progress: raw SQL aggregate");
		for (int i = 0; i < perVariant; i++) {
			boolean measured = i >= this.options.warmup();
			UUID forPage = sample.get(3 * i);
			UUID forFacade = sample.get(3 * i + 1);
			UUID forSql = sample.get(3 * i + 2);
			List<Runnable> variants = List.of(() -> time(measured ? page : null, () -> {
				HttpResponse<String> response = browser.get("/participants/" + forPage);
				if (response.statusCode() != 200) {
					throw new IllegalStateException("Participant page answered " + response.statusCode());
				}
				return response;
			}), () -> time(measured ? facade : null, () -> attendance.progress(new ParticipantId(forFacade))),
					() -> time(measured ? sql : null, () -> rawProgress(raw, facilitator, forSql)));
			for (int v = 0; v < 3; v++) {
				variants.get((i + v) % 3).run();
			}
		}
		this.timings.add(page);
		this.timings.add(facade);
		this.timings.add(sql);
		int n = Math.min(20, this.options.iterations());
		profile(owner, this.notes, "participant file page (HTTP)", n,
				(i) -> browser.get("/participants/" + sample.get(i)));
		profile(owner, this.notes, "RecordingAttendance.progress", n,
				(i) -> attendance.progress(new ParticipantId(sample.get(i + n))));
	}

	/**
	 * Runs an operation again with pg_stat_statements on, outside the timings: how many
	 * statements the application sends per call, and which take the database's time.
	 */
	static void profile(Connection owner, Map<String, String> notes, String label, int times, IntConsumer operation)
			throws SQLException {
		try (Statement sql = owner.createStatement()) {
			sql.execute("create extension if not exists pg_stat_statements");
			sql.execute("select pg_stat_statements_reset()");
		}
		for (int i = 0; i < times; i++) {
			operation.accept(i);
		}
		StringBuilder top = new StringBuilder();
		long calls = 0;
		double milliseconds = 0;
		try (Statement sql = owner.createStatement(); ResultSet rs = sql.executeQuery("""
				select calls, total_exec_time, left(regexp_replace(query, '\\s+', ' ', 'g'), 110)
				from pg_stat_statements where userid = 'paip_app'::regrole order by total_exec_time desc""")) {
			int shown = 0;
			while (rs.next()) {
				calls += rs.getLong(1);
				milliseconds += rs.getDouble(2);
				if (shown++ < 4) {
					top.append(String.format(Locale.ROOT, "%n  - %.2f ms, %.1f× per call: `%s`",
							rs.getDouble(2) / times, rs.getDouble(1) / times, rs.getString(3).replace('`', '\'')));
				}
			}
		}
		notes.put("database work per call: " + label,
				String.format(Locale.ROOT, "%.1f statements, %.2f ms executing in PostgreSQL; the costliest:",
						(double) calls / times, milliseconds / times) + top);
	}

	private void checkSameAnswers(Connection raw, RecordingAttendance attendance, Actor facilitator, List<UUID> ids) {
		for (UUID id : ids) {
			AttendanceProgress app = attendance.progress(new ParticipantId(id));
			long[] sql = rawProgress(raw, facilitator, id);
			BigDecimal hours = BigDecimal.valueOf(sql[1], 2);
			if (app.sessionsAttended() != sql[0] || app.hoursAttended().compareTo(hours) != 0
					|| app.sessionsRecorded() != sql[2] || app.absencesInARow() != sql[3]) {
				throw new IllegalStateException("Raw SQL and the app disagree on participant " + id + ": " + app
						+ " vs " + Arrays.toString(sql));
			}
		}
		this.notes.put("raw SQL checked", "gives the same sessions, hours, rows and absences in a row as the app for "
				+ ids.size() + " participants");
	}

	/**
	 * Sessions attended, hours (in hundredths), rows, absences since the last attended.
	 */
	private static long[] rawProgress(Connection raw, Actor actor, UUID participant) {
		try {
			scope(raw, actor);
			try (PreparedStatement query = raw.prepareStatement(
					"""
							with r as (select a.status, a.hours, s.held_on from group_attendance a
							           join group_session s on s.id = a.session_id where a.participant_id = ?)
							select count(*) filter (where status in ('PRESENT', 'LATE')), coalesce(sum(hours), 0) * 100, count(*),
							       count(*) filter (where status in ('ABSENT', 'EXCUSED') and held_on > coalesce(
							         (select max(held_on) from r where status in ('PRESENT', 'LATE')), date '-infinity'))
							from r""")) {
				query.setObject(1, participant);
				try (ResultSet rs = query.executeQuery()) {
					rs.next();
					long[] answer = { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) };
					raw.commit();
					return answer;
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static void scope(Connection raw, Actor actor) throws SQLException {
		try (PreparedStatement scope = raw
			.prepareStatement("select set_config('paip.agency_id', ?, true), set_config('paip.staff_id', ?, true)")) {
			scope.setString(1, actor.agencyId().value().toString());
			scope.setString(2, actor.staffUuid().toString());
			scope.execute();
		}
	}

	private List<FullGroup> fullGroups(Connection owner, UUID agency, int wanted) throws SQLException {
		List<FullGroup> groups = new ArrayList<>();
		try (PreparedStatement query = owner.prepareStatement("""
				select g.id, g.duration_minutes, (select max(held_on) from group_session s where s.group_id = g.id),
				       array_agg(m.participant_id order by m.participant_id)
				from program_group g join group_membership m on m.group_id = g.id and m.left_on is null
				where g.agency_id = ? group by g.id having count(*) = 15 order by md5(g.id::text) limit ?""")) {
			query.setObject(1, agency);
			query.setInt(2, wanted);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					groups
						.add(new FullGroup(rs.getObject(1, UUID.class), rs.getInt(2), rs.getObject(3, LocalDate.class),
								Stream.of((Object[]) rs.getArray(4).getArray()).map(UUID.class::cast).toList()));
				}
			}
		}
		return groups;
	}

	/**
	 * Sessions recorded by earlier benchmark runs are removed, so each run starts alike.
	 */
	private static void clearBenchmarkSessions(Connection owner) throws SQLException {
		try (PreparedStatement delete = owner.prepareStatement("delete from group_session where held_on > ?")) {
			delete.setObject(1, StatewideDataSet.AS_OF);
			int removed = delete.executeUpdate();
			if (removed > 0) {
				System.out.println("Removed " + removed + " sessions recorded by an earlier benchmark run");
				try (Statement sql = owner.createStatement()) {
					sql.execute("vacuum analyze group_session, group_attendance");
				}
			}
		}
	}

	static <T> void time(Timings timings, Supplier<T> work) {
		long started = System.nanoTime();
		work.get();
		long elapsed = System.nanoTime() - started;
		if (timings != null) {
			timings.add(elapsed);
		}
	}

	private static void asFacilitator(Actor actor, Supplier<Void> work) {
		List<GrantedAuthority> authorities = actor.roles()
			.stream()
			.flatMap((role) -> role.permissions().stream())
			.map(Permission::authority)
			.distinct()
			.<GrantedAuthority>map(SimpleGrantedAuthority::new)
			.toList();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated((ActorPrincipal) () -> actor, null, authorities));
		SecurityContextHolder.setContext(context);
		try {
			work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private EmbeddedPostgres startPostgres(Path dataDirectory) throws IOException {
		Files.createDirectories(dataDirectory);
		// The app's settings for kept data (durable commits), plus a larger WAL between
		// checkpoints so the bulk load is not a checkpoint storm.
		return EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("max_wal_size", "8GB")
			.setServerConfig("shared_buffers", "512MB")
			.setServerConfig("max_parallel_maintenance_workers", "1")
			// Only for the per-operation statement profile, read after the timings.
			.setServerConfig("shared_preload_libraries", "pg_stat_statements")
			.start();
	}

	private ConfigurableApplicationContext startApplication() {
		return new SpringApplicationBuilder(PaipManagerApplication.class).run("--spring.datasource.url=" + this.jdbcUrl,
				"--spring.datasource.username=paip_app", "--spring.datasource.password=",
				"--spring.flyway.url=" + this.jdbcUrl, "--spring.flyway.user=postgres", "--spring.flyway.password=",
				"--paip.database.owner-url=" + this.jdbcUrl, "--paip.database.embedded.ephemeral=false",
				"--server.port=0", "--paip.demo.enabled=false", "--spring.thymeleaf.cache=true",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN",
				"--logging.level.org.springframework.boot.web=WARN",
				(this.options.appProperty() != null) ? "--" + this.options.appProperty() : "--paip.bench=true");
	}

	private boolean matches(Path marker) throws IOException {
		if (!Files.exists(marker)) {
			return false;
		}
		Map<String, String> properties = readProperties(marker);
		return String.valueOf(StatewideDataSet.GENERATOR_VERSION).equals(properties.get("generator version"))
				&& this.options.scale().name().equals(properties.get("scale"));
	}

	private static Map<String, String> readProperties(Path file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(in);
		}
		Map<String, String> sorted = new LinkedHashMap<>();
		properties.stringPropertyNames()
			.stream()
			.sorted()
			.forEach((key) -> sorted.put(key, properties.getProperty(key)));
		return sorted;
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static String seconds(long started) {
		return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9);
	}

	private static String queryString(Connection connection, String query) throws SQLException {
		try (Statement sql = connection.createStatement(); ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static UUID queryUuid(Connection connection, String query) throws SQLException {
		try (Statement sql = connection.createStatement(); ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getObject(1, UUID.class);
		}
	}

	/** A group with 15 open places filled, and what a facilitator records for it. */
	private record FullGroup(UUID id, int minutes, LocalDate lastHeld, List<UUID> members) {

		AttendanceCommand command(LocalDate heldOn) {
			List<AttendanceCommand.Line> lines = new ArrayList<>();
			for (int i = 0; i < this.members.size(); i++) {
				AttendanceStatus status = (i == 0) ? AttendanceStatus.ABSENT
						: (i == 1) ? AttendanceStatus.LATE : AttendanceStatus.PRESENT;
				lines.add(new AttendanceCommand.Line(this.members.get(i), null, status, hours(status), i % 3 != 0,
						(i == 2) ? "Presented the time-out plan." : null));
			}
			return new AttendanceCommand(heldOn, null, lines);
		}

		BigDecimal hours(AttendanceStatus status) {
			BigDecimal full = BigDecimal.valueOf(this.minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
			return switch (status) {
				case ABSENT, EXCUSED -> BigDecimal.ZERO;
				case LATE -> full.subtract(new BigDecimal("0.25"));
				default -> full;
			};
		}

		UUID recordRaw(Connection raw, Actor actor, LocalDate heldOn) {
			UUID session = UUID.randomUUID();
			StringBuilder insert = new StringBuilder("insert into group_attendance "
					+ "(session_id, agency_id, participant_id, status, hours, homework_done, progress_note) values ");
			for (int i = 0; i < this.members.size(); i++) {
				insert.append((i == 0) ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?)");
			}
			try {
				scope(raw, actor);
				try (PreparedStatement sessionRow = raw.prepareStatement(
						"""
								insert into group_session (id, agency_id, group_id, held_on, minutes, recorded_at, recorded_by, version)
								values (?, ?, ?, ?, ?, now(), ?, 0)""");
						PreparedStatement lines = raw.prepareStatement(insert.toString())) {
					sessionRow.setObject(1, session);
					sessionRow.setObject(2, actor.agencyId().value());
					sessionRow.setObject(3, this.id);
					sessionRow.setDate(4, Date.valueOf(heldOn));
					sessionRow.setInt(5, this.minutes);
					sessionRow.setString(6, actor.username());
					sessionRow.executeUpdate();
					AttendanceCommand command = command(heldOn);
					int p = 1;
					for (AttendanceCommand.Line line : command.lines()) {
						lines.setObject(p++, session);
						lines.setObject(p++, actor.agencyId().value());
						lines.setObject(p++, line.participantId());
						lines.setString(p++, line.status().name());
						lines.setBigDecimal(p++, line.hours());
						lines.setBoolean(p++, line.homeworkDone());
						lines.setString(p++, line.progressNote());
					}
					lines.executeUpdate();
				}
				raw.commit();
				return session;
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	/** Command-line options: {@code --scale small|medium|full}, iterations, seed. */
	record Options(Scale scale, long seed, int warmup, int iterations, boolean regenerate, Path dataRoot,
			Path resultsDirectory, String commit, String whatIf, String whatIfUndo, String appProperty,
			int statisticsWarmup, int statisticsIterations, List<String> only, int loadUsers, int loadSeconds,
			int loadWarmupSeconds, int batchSize) {

		static final List<String> BENCHMARKS = List.of("recording", "progress", "statistics", "batch", "load");

		private static final Set<String> KNOWN = Set.of("scale", "seed", "warmup", "iterations", "data", "results",
				"what-if", "what-if-undo", "app-property", "statistics-warmup", "statistics-iterations", "only",
				"load-users", "load-seconds", "load-warmup", "batch-size");

		/** Whether this run measures the named benchmark (all of them without --only). */
		boolean runs(String benchmark) {
			return this.only.contains(benchmark);
		}

		/** Whether only some benchmarks run; the result files then carry their names. */
		boolean partial() {
			return !this.only.equals(BENCHMARKS);
		}

		static Options parse(String[] args) {
			Map<String, String> values = new LinkedHashMap<>();
			boolean regenerate = false;
			for (int i = 0; i < args.length; i++) {
				String arg = args[i];
				if (arg.equals("--regenerate")) {
					regenerate = true;
				}
				else if (arg.startsWith("--") && KNOWN.contains(arg.substring(2)) && i + 1 < args.length) {
					values.put(arg.substring(2), args[++i]);
				}
				else {
					throw new IllegalArgumentException("Unknown argument " + arg
							+ "; use --scale tiny|small|medium|full, --iterations N, --warmup N, --seed N, --regenerate,"
							+ " --what-if SQL --what-if-undo SQL, --app-property key=value,"
							+ " --statistics-iterations N, --statistics-warmup N, --only recording,progress,statistics,"
							+ "batch,load, --load-users N, --load-seconds N, --load-warmup N, --batch-size N");
				}
			}
			int warmup = Integer.parseInt(values.getOrDefault("warmup", "50"));
			int iterations = Integer.parseInt(values.getOrDefault("iterations", "300"));
			return new Options(Scale.named(values.getOrDefault("scale", "small")),
					Long.parseLong(values.getOrDefault("seed", String.valueOf(DEFAULT_SEED))), warmup, iterations,
					regenerate, Path.of(values.getOrDefault("data", "target/bench")),
					Path.of(values.getOrDefault("results", "bench/results")),
					System.getProperty("bench.commit", "unknown"), values.get("what-if"), values.get("what-if-undo"),
					values.get("app-property"),
					// One statistics report reads the agency's whole year: fewer calls.
					Integer.parseInt(values.getOrDefault("statistics-warmup", String.valueOf(Math.min(warmup, 10)))),
					Integer.parseInt(
							values.getOrDefault("statistics-iterations", String.valueOf(Math.min(iterations, 60)))),
					only(values.get("only")), Integer.parseInt(values.getOrDefault("load-users", "50")),
					Integer.parseInt(values.getOrDefault("load-seconds", "30")),
					Integer.parseInt(values.getOrDefault("load-warmup", "10")),
					Integer.parseInt(values.getOrDefault("batch-size", "500")));
		}

		private static List<String> only(String list) {
			if (list == null) {
				return BENCHMARKS;
			}
			List<String> named = Arrays.stream(list.split(",")).map(String::strip).toList();
			named.stream().filter((name) -> !BENCHMARKS.contains(name)).findFirst().ifPresent((name) -> {
				throw new IllegalArgumentException("Unknown benchmark " + name + "; use --only " + BENCHMARKS);
			});
			return BENCHMARKS.stream().filter(named::contains).toList();
		}

	}

}
