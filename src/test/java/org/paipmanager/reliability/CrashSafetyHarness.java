package org.paipmanager.reliability;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paipmanager.WebSession;
import org.paipmanager.system.security.TotpCodes;

/**
 * Issue 9, crash safety: writes participants, case notes and attendance over HTTP, keeps
 * every write the application acknowledged, kills the application and PostgreSQL with
 * SIGKILL at random points, and after each restart checks that every acknowledged write
 * is there and that {@code pg_amcheck} finds the heap and indexes clean.
 * <p>
 * Run with {@code reliability/crash-safety [--rounds N] [--seed N]}; writes
 * {@code reliability/results/<date>-crash-safety.md}. Exits 1 when a write was lost or
 * amcheck complained.
 */
public final class CrashSafetyHarness {

	static final String DEMO_PASSWORD = "Demo-Pass-2026";

	static final String DEMO_TOTP_SECRET = "PAIPDEMOPAIPDEMOPAIPDEMOPAIPDEMO";

	private static final Pattern INPUT = Pattern.compile("<input[^>]*>");

	private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]+)\"");

	private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

	private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

	private final ConcurrentLinkedQueue<UUID> referrals = new ConcurrentLinkedQueue<>();

	private final ConcurrentLinkedQueue<String> notes = new ConcurrentLinkedQueue<>();

	/**
	 * Per session date, the tokens written in order, and the index of the last one
	 * acknowledged.
	 */
	private final Map<LocalDate, List<String>> attendanceIssued = new ConcurrentHashMap<>();

	private final Map<LocalDate, Integer> attendanceAcknowledged = new ConcurrentHashMap<>();

	private final List<String> rows = new CopyOnWriteArrayList<>();

	private volatile boolean writing;

	/**
	 * Writers signed in this round: the kill waits for all of them so that every round
	 * writes.
	 */
	private final AtomicInteger signedIn = new AtomicInteger();

	private UUID participantForNotes;

	private UUID group;

	public static void main(String[] args) throws Exception {
		int rounds = 20;
		long seed = System.nanoTime();
		for (int i = 0; i < args.length - 1; i++) {
			if (args[i].equals("--rounds")) {
				rounds = Integer.parseInt(args[i + 1]);
			}
			if (args[i].equals("--seed")) {
				seed = Long.parseLong(args[i + 1]);
			}
		}
		System.exit(new CrashSafetyHarness().run(rounds, seed) ? 0 : 1);
	}

	private boolean run(int rounds, long seed) throws Exception {
		Random random = new Random(seed);
		Path work = Path.of("target/reliability/crash").toAbsolutePath();
		Drill.clean(work);
		ScratchPostgres postgres = ScratchPostgres.initialise(work.resolve("pg"), 55432);
		postgres.start();
		Drill.createDatabase(postgres);
		Path jar = Path.of("target/paip-manager.jar").toAbsolutePath();
		int appPort = 18080;
		boolean clean = true;
		Instant began = Instant.now();
		for (int round = 1; round <= rounds; round++) {
			Instant appStarting = Instant.now();
			AppNode app = AppNode.start(jar, postgres, appPort, work, Map.of());
			Duration appStart = Duration.between(appStarting, Instant.now());
			if (this.group == null) {
				chooseTargets(postgres);
			}
			int before = acknowledgedCount();
			this.writing = true;
			this.signedIn.set(0);
			List<Thread> writers = List.of(Thread.ofPlatform().start(() -> write(app, "intake", this::refer)),
					Thread.ofPlatform().start(() -> write(app, "director", this::note)),
					Thread.ofPlatform().start(() -> write(app, "facilitator", this::attend)));
			Instant deadline = Instant.now().plusSeconds(90);
			while (this.signedIn.get() < writers.size() && Instant.now().isBefore(deadline)) {
				Thread.sleep(50);
			}
			long runMillis = 1000 + random.nextInt(10_000);
			Thread.sleep(runMillis);
			boolean databaseFirst = random.nextBoolean();
			long gap = random.nextInt(500);
			if (databaseFirst) {
				postgres.kill();
				Thread.sleep(gap);
				app.kill();
			}
			else {
				app.kill();
				Thread.sleep(gap);
				postgres.kill();
			}
			this.writing = false;
			for (Thread writer : writers) {
				writer.join();
			}
			Duration recovery = postgres.start();
			List<String> lost = lostWrites(postgres);
			int amcheck = postgres.client("pg_amcheck", work.resolve("amcheck.log"), "--all", "--install-missing",
					"--heapallindexed");
			clean &= lost.isEmpty() && amcheck == 0;
			String row = "| %d | %s then %s, %d ms apart | %.1f | %.1f | %d | %d | %d | %s | %s |".formatted(round,
					databaseFirst ? "PostgreSQL" : "app", databaseFirst ? "app" : "PostgreSQL", gap, runMillis / 1000.0,
					appStart.toMillis() / 1000.0, recovery.toMillis(), acknowledgedCount() - before,
					acknowledgedCount(), lost.isEmpty() ? "none" : String.join("; ", lost),
					(amcheck == 0) ? "clean" : "exit " + amcheck);
			this.rows.add(row);
			System.out.println(row);
		}
		postgres.stop();
		writeResults(rounds, seed, clean, Duration.between(began, Instant.now()));
		return clean;
	}

	private void chooseTargets(ScratchPostgres postgres) throws SQLException {
		try (Connection connection = postgres.connect("paip")) {
			this.group = Drill.uuid(connection, """
					select m.group_id from group_membership m join program_group g on g.id = m.group_id
					where m.left_on is null and g.purpose = 'PROGRAM'
					group by m.group_id order by count(*) desc limit 1""");
			this.participantForNotes = Drill.uuid(connection,
					"select id from participant order by last_name, first_name limit 1");
		}
	}

	/**
	 * One writer: signs in as a demo user and writes until the round ends or the app
	 * dies.
	 */
	private void write(AppNode app, String username, Write write) {
		WebSession session = null;
		AtomicInteger sequence = new AtomicInteger();
		while (this.writing) {
			try {
				if (session == null) {
					session = signIn(app.port(), username);
					this.signedIn.incrementAndGet();
				}
				write.once(session, sequence.incrementAndGet());
			}
			catch (RuntimeException | InterruptedException ex) {
				// The app or the database went away mid-request: that write was not
				// acknowledged.
				session = null;
				sleepQuietly();
			}
		}
	}

	static WebSession signIn(int port, String username) throws InterruptedException {
		// Each code works once per account: wait for a step not used yet.
		long step = TotpCodes.currentStep();
		while (step <= LAST_STEP.getOrDefault(username, -1L)) {
			Thread.sleep(500);
			step = TotpCodes.currentStep();
		}
		LAST_STEP.put(username, step);
		WebSession session = new WebSession(port);
		session.signInWithPassword(username, DEMO_PASSWORD);
		HttpResponse<String> code = session.submitCode(TotpCodes.forStep(DEMO_TOTP_SECRET, step));
		if (code.statusCode() != 302 || code.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("Sign-in of " + username + " refused: " + code.statusCode());
		}
		return session;
	}

	private void refer(WebSession session, int sequence) {
		String lastName = "Drill" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> response = session.json("POST", "/api/participants", """
				{"firstName":"Crash","lastName":"%s","dateOfBirth":"1984-05-06","gender":"MALE",
				"preferredLanguage":"English","referralSource":"COURT","referredOn":"%s"}""".formatted(lastName,
				LocalDate.now()));
		if (response.statusCode() == 201) {
			String location = response.headers().firstValue("Location").orElseThrow();
			this.referrals.add(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));
		}
	}

	private void note(WebSession session, int sequence) {
		String text = "drill-note-" + UUID.randomUUID();
		String file = "/participants/" + this.participantForNotes;
		HttpResponse<String> response = session.submit(file, file + "/notes", Map.of("text", text));
		if (response.statusCode() == 302
				&& response.headers().firstValue("Location").orElse("").contains("/participants/")) {
			this.notes.add(text);
		}
	}

	/** Records a whole sheet with a fresh token in the first line's progress note. */
	private void attend(WebSession session, int sequence) {
		LocalDate heldOn = LocalDate.now().minusDays(1 + (sequence % 21));
		String sheetPath = "/groups/" + this.group + "/attendance?date=" + heldOn;
		String page = session.get(sheetPath).body();
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		Matcher inputs = INPUT.matcher(page);
		while (inputs.find()) {
			Matcher name = NAME.matcher(inputs.group());
			Matcher value = VALUE.matcher(inputs.group());
			if (name.find()
					&& (name.group(1).startsWith("lines[") || name.group(1).equals("heldOn")
							|| name.group(1).equals("version"))
					&& !name.group(1).endsWith(".status") && !name.group(1).endsWith(".homeworkDone")) {
				fields.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
			}
		}
		if (!fields.containsKey("lines[0].participantId")) {
			return;
		}
		for (int line = 0; fields.containsKey("lines[" + line + "].participantId"); line++) {
			fields.put("lines[" + line + "].status", "PRESENT");
		}
		String token = "drill-attendance-" + UUID.randomUUID();
		fields.put("lines[0].progressNote", token);
		fields.put("_csrf", WebSession.csrfToken(page));
		List<String> issued = this.attendanceIssued.computeIfAbsent(heldOn, (date) -> new CopyOnWriteArrayList<>());
		issued.add(token);
		HttpResponse<String> response = session.post("/groups/" + this.group + "/attendance", fields);
		if (response.statusCode() == 302
				&& URI.create(response.headers().firstValue("Location").orElse("/")).getQuery() != null) {
			this.attendanceAcknowledged.put(heldOn, issued.indexOf(token));
		}
	}

	/** Every acknowledged write missing from the database, in words. */
	private List<String> lostWrites(ScratchPostgres postgres) throws SQLException {
		List<String> lost = new ArrayList<>();
		try (Connection connection = postgres.connect("paip")) {
			List<UUID> referred = List.copyOf(this.referrals);
			long referralsFound = count(connection, "select count(*) from participant where id = any(?)",
					connection.createArrayOf("uuid", referred.toArray()));
			if (referralsFound != referred.size()) {
				lost.add((referred.size() - referralsFound) + " referrals");
			}
			List<String> written = List.copyOf(this.notes);
			long notesFound = count(connection, "select count(*) from participant_case_note where text = any(?)",
					connection.createArrayOf("text", written.toArray()));
			if (notesFound != written.size()) {
				lost.add((written.size() - notesFound) + " case notes");
			}
			for (Map.Entry<LocalDate, Integer> acknowledged : this.attendanceAcknowledged.entrySet()) {
				List<String> issued = this.attendanceIssued.get(acknowledged.getKey());
				String stored = storedToken(connection, acknowledged.getKey());
				// A later write whose answer was lost in the crash may have replaced the
				// acknowledged one.
				if (stored == null || issued.indexOf(stored) < acknowledged.getValue()) {
					lost.add("attendance of " + acknowledged.getKey());
				}
			}
		}
		return lost;
	}

	private String storedToken(Connection connection, LocalDate heldOn) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("""
				select a.progress_note from group_attendance a join group_session s on s.id = a.session_id
				where s.group_id = ? and s.held_on = ? and a.progress_note like 'drill-attendance-%'""")) {
			statement.setObject(1, this.group);
			statement.setObject(2, heldOn);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() ? result.getString(1) : null;
			}
		}
	}

	private static long count(Connection connection, String sql, Array values) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setArray(1, values);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getLong(1);
			}
		}
	}

	private int acknowledgedCount() {
		return this.referrals.size() + this.notes.size() + this.attendanceAcknowledged.size();
	}

	private void writeResults(int rounds, long seed, boolean clean, Duration took) throws Exception {
		Path results = Path.of("reliability/results/" + LocalDate.now() + "-crash-safety.md");
		Files.createDirectories(results.getParent());
		String text = """
				# Crash safety drill, %s

				`reliability/crash-safety --rounds %d --seed %d` on %s, PostgreSQL from %s (fsync and
				synchronous_commit on), %d cores, load average at the end %.1f; took %d min.

				Writers: referrals over the JSON API (intake), case notes through the file page's form
				(director), whole attendance sheets with a fresh token in a progress note (facilitator).
				Each round runs the writers for a random time, kills the application and PostgreSQL with
				SIGKILL in a random order, restarts PostgreSQL (crash recovery), checks every acknowledged
				write and runs `pg_amcheck --all --heapallindexed`.

				**Result: %s.** Acknowledged writes in all: %d referrals, %d case notes, %d session dates
				of attendance (the last acknowledged sheet of each date, or a later one whose answer the
				crash swallowed, must be stored).

				| Round | Kill order | Writing after sign-in (s) | App start (s) | PostgreSQL recovery (ms) | Acknowledged this round | Acknowledged in all | Lost | pg_amcheck |
				|---:|---|---:|---:|---:|---:|---:|---|---|
				%s
				"""
			.formatted(LocalDate.now(), rounds, seed, Drill.machine(), Drill.postgresVersion(),
					Runtime.getRuntime().availableProcessors(), Drill.loadAverage(), took.toMinutes(),
					clean ? "no acknowledged write lost, amcheck clean in every round" : "FAILED",
					this.referrals.size(), this.notes.size(), this.attendanceAcknowledged.size(),
					String.join("\n", this.rows));
		Files.writeString(results, text);
		System.out.println("Results: " + results);
	}

	private static void sleepQuietly() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@FunctionalInterface
	private interface Write {

		void once(WebSession session, int sequence) throws InterruptedException;

	}

}
