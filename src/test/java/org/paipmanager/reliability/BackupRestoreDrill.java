package org.paipmanager.reliability;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.paipmanager.WebSession;

/**
 * Issue 9, backup and restore: a base backup with {@code pg_basebackup} while the
 * application runs, more writes after it kept as archived WAL, a restore to a scratch
 * cluster on another port that replays the WAL, every table compared by row count and
 * checksum with the original, and a smoke test of the application on the restored copy.
 * <p>
 * Run with {@code reliability/backup-restore}; writes
 * {@code reliability/results/<date>-backup-restore.md}. Exits 1 when a table differs or
 * the smoke test fails.
 */
public final class BackupRestoreDrill {

	public static void main(String[] args) throws Exception {
		System.exit(new BackupRestoreDrill().run() ? 0 : 1);
	}

	private boolean run() throws Exception {
		Path work = Path.of("target/reliability/backup").toAbsolutePath();
		Drill.clean(work);
		Path archive = work.resolve("wal-archive");
		Files.createDirectories(archive);
		ScratchPostgres source = ScratchPostgres.initialise(work.resolve("source"), 55442);
		Files.writeString(source.dataDirectory().resolve("postgresql.conf"), """
				archive_mode = on
				archive_command = 'test ! -f %s/%%f && cp %%p %s/%%f'
				""".formatted(archive, archive), java.nio.file.StandardOpenOption.APPEND);
		source.ownByPostgres(work);
		source.start();
		Drill.createDatabase(source);
		Path jar = Path.of("target/paip-manager.jar").toAbsolutePath();
		AppNode app = AppNode.start(jar, source, 18090, work, Map.of());
		int before = writeReferrals(app, 20);

		Instant backupStarted = Instant.now();
		Path backup = work.resolve("base-backup");
		int basebackup = source.client("pg_basebackup", work.resolve("basebackup.log"), "-D", backup.toString(), "-X",
				"stream", "--checkpoint=fast");
		Duration backupTook = Duration.between(backupStarted, Instant.now());
		if (basebackup != 0) {
			throw new IllegalStateException("pg_basebackup failed: see " + work.resolve("basebackup.log"));
		}
		// Writes after the base backup reach the restored copy only through the archived
		// WAL.
		int after = writeReferrals(app, 20);
		app.stop();
		try (Connection connection = source.connect("paip"); Statement statement = connection.createStatement()) {
			statement.execute("select pg_switch_wal()");
		}
		Thread.sleep(2000);
		Map<String, String> original = fingerprints(source);
		source.stop();

		Path restoredData = work.resolve("restored/data");
		Files.createDirectories(restoredData.getParent());
		new ProcessBuilder("cp", "-a", backup.toString(), restoredData.toString()).inheritIO().start().waitFor();
		Files.writeString(restoredData.resolve("recovery.signal"), "");
		Files.writeString(restoredData.resolve("postgresql.conf"), """
				port = 55443
				archive_mode = off
				restore_command = 'cp %s/%%f %%p'
				recovery_target_timeline = 'latest'
				""".formatted(archive), java.nio.file.StandardOpenOption.APPEND);
		ScratchPostgres restored = ScratchPostgres.existing(work.resolve("restored"), restoredData, 55443);
		Instant recoveryStarted = Instant.now();
		restored.start();
		awaitEndOfRecovery(restored);
		Duration recovery = Duration.between(recoveryStarted, Instant.now());
		Map<String, String> copy = fingerprints(restored);

		List<String> differences = new ArrayList<>();
		for (String table : original.keySet()) {
			if (!original.get(table).equals(copy.get(table))) {
				differences.add(table);
			}
		}
		for (String table : copy.keySet()) {
			if (!original.containsKey(table)) {
				differences.add(table + " (only in the copy)");
			}
		}
		Instant appStarted = Instant.now();
		AppNode onCopy = AppNode.start(jar, restored, 18091, work, Map.of());
		Duration appStart = Duration.between(appStarted, Instant.now());
		String smoke = smokeTest(onCopy, restored);
		onCopy.stop();
		restored.stop();
		boolean passed = differences.isEmpty() && smoke.startsWith("passed");
		writeResults(passed, original, differences, before, after, backupTook, recovery, appStart, smoke,
				directorySize(backup), directorySize(archive));
		return passed;
	}

	private static int writeReferrals(AppNode app, int count) throws InterruptedException {
		WebSession session = CrashSafetyHarness.signIn(app.port(), "intake");
		int written = 0;
		for (int i = 0; i < count; i++) {
			HttpResponse<String> response = session.json("POST", "/api/participants", """
					{"firstName":"Backup","lastName":"Drill%s","dateOfBirth":"1980-01-02","gender":"FEMALE",
					"preferredLanguage":"Spanish","referralSource":"PROBATION","referredOn":"%s"}"""
				.formatted(UUID.randomUUID().toString().substring(0, 8), LocalDate.now()));
			if (response.statusCode() == 201) {
				written++;
			}
		}
		return written;
	}

	private static void awaitEndOfRecovery(ScratchPostgres postgres) throws SQLException, InterruptedException {
		Instant deadline = Instant.now().plusSeconds(300);
		while (Instant.now().isBefore(deadline)) {
			try (Connection connection = postgres.connect("postgres");
					Statement statement = connection.createStatement();
					ResultSet result = statement.executeQuery("select pg_is_in_recovery()")) {
				result.next();
				if (!result.getBoolean(1)) {
					return;
				}
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("Recovery did not end within 5 minutes");
	}

	/**
	 * Row count and an md5 over every row's text, ordered, for every table of the app's
	 * schemas.
	 */
	private static Map<String, String> fingerprints(ScratchPostgres postgres) throws SQLException {
		Map<String, String> fingerprints = new TreeMap<>();
		try (Connection connection = postgres.connect("paip"); Statement statement = connection.createStatement()) {
			List<String> tables = new ArrayList<>();
			try (ResultSet result = statement.executeQuery("""
					select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables
					where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')""")) {
				while (result.next()) {
					tables.add(result.getString(1));
				}
			}
			for (String table : tables) {
				// Table names come from the catalogue, quoted by quote_ident.
				try (ResultSet result = statement.executeQuery("select count(*), coalesce(md5(string_agg(t::text, "
						+ "'|' order by t::text)), '-') from " + table + " t")) {
					result.next();
					fingerprints.put(table, result.getLong(1) + " rows, md5 " + result.getString(2));
				}
			}
		}
		return fingerprints;
	}

	/**
	 * Signs in on the restored copy, opens the home page and a restored participant's
	 * file.
	 */
	private static String smokeTest(AppNode app, ScratchPostgres restored) throws Exception {
		UUID participant;
		String lastName;
		try (Connection connection = restored.connect("paip");
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(
						"select id, last_name from participant where last_name like 'Drill%' order by last_name limit 1")) {
			result.next();
			participant = result.getObject(1, UUID.class);
			lastName = result.getString(2);
		}
		WebSession session = CrashSafetyHarness.signIn(app.port(), "director");
		int home = session.get("/").statusCode();
		HttpResponse<String> file = session.get("/participants/" + participant);
		if (home == 200 && file.statusCode() == 200 && file.body().contains(lastName)) {
			return "passed: director signed in, home page 200, the file of " + lastName + " 200 with the name";
		}
		return "failed: home " + home + ", file " + file.statusCode();
	}

	private static long directorySize(Path directory) throws java.io.IOException {
		try (var paths = Files.walk(directory)) {
			return paths.filter(Files::isRegularFile).mapToLong((path) -> path.toFile().length()).sum();
		}
	}

	private static void writeResults(boolean passed, Map<String, String> original, List<String> differences, int before,
			int after, Duration backupTook, Duration recovery, Duration appStart, String smoke, long backupBytes,
			long archiveBytes) throws Exception {
		Path results = Path.of("reliability/results/" + LocalDate.now() + "-backup-restore.md");
		Files.createDirectories(results.getParent());
		StringBuilder tables = new StringBuilder();
		original.forEach((table, fingerprint) -> tables.append("| `")
			.append(table)
			.append("` | ")
			.append(fingerprint)
			.append(" | ")
			.append(differences.contains(table) ? "DIFFERS" : "same")
			.append(" |\n"));
		Files.writeString(results,
				"""
						# Backup and restore drill, %s

						`reliability/backup-restore` on %s, %s, %d cores, load average at the end %.1f.

						1. The app runs on a scratch cluster with WAL archiving; %d referrals written over the API.
						2. `pg_basebackup -X stream --checkpoint=fast` while the app runs: %.1f s, %.1f MB.
						3. %d more referrals after the base backup (they exist only in the archived WAL, %.1f MB).
						4. The base backup is restored to a new cluster on another port with `restore_command`
						   replaying the archive: **recovery time %.1f s** (start to the end of recovery), then the
						   app starts on the copy in %.1f s.
						5. Every table compared (row count and md5 of all rows in order): **%s**.
						6. Smoke test on the restored copy: %s.

						**Result: %s.** The victim compartment's keys live outside the database
						(`paip.victim.key-directory` or `PAIP_VICTIM_KEYS_*`): a restore needs them from their
						own backup; the drill reuses the same key directory.

						| Table | Original | Restored copy |
						|---|---|---|
						%s""".formatted(LocalDate.now(), Drill.machine(), Drill.postgresVersion(),
						Runtime.getRuntime().availableProcessors(), Drill.loadAverage(), before,
						backupTook.toMillis() / 1000.0, backupBytes / 1e6, after, archiveBytes / 1e6,
						recovery.toMillis() / 1000.0, appStart.toMillis() / 1000.0,
						differences.isEmpty() ? original.size() + " tables identical" : "differ: " + differences, smoke,
						passed ? "passed" : "FAILED", tables));
		System.out.println("Results: " + results);
	}

}
