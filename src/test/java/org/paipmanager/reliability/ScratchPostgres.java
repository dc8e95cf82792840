package org.paipmanager.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster from Debian's packages for the reliability drills: its
 * own data directory, port and socket directory, fsync and synchronous commit on (as in
 * production), killed with SIGKILL when a drill says so.
 */
final class ScratchPostgres {

	private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

	private final Path bin;

	private final Path dataDirectory;

	private final Path socketDirectory;

	private final int port;

	private Process server;

	private ScratchPostgres(Path bin, Path dataDirectory, Path socketDirectory, int port) {
		this.bin = bin;
		this.dataDirectory = dataDirectory;
		this.socketDirectory = socketDirectory;
		this.port = port;
	}

	/**
	 * Initialises a new cluster in an empty directory (postgres runs as user postgres
	 * under root).
	 */
	static ScratchPostgres initialise(Path directory, int port) throws IOException, InterruptedException {
		Path bin = binaries();
		Path data = directory.resolve("data");
		Path sockets = directory.resolve("sockets");
		Files.createDirectories(sockets);
		ScratchPostgres postgres = new ScratchPostgres(bin, data, sockets, port);
		postgres.ownByPostgres(directory);
		postgres.run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "trust",
				"--data-checksums", "-E", "UTF8", "--locale=C.UTF-8"), directory.resolve("initdb.log"));
		Files.writeString(data.resolve("postgresql.conf"), """

				# reliability drill: durability as in production, WAL for base backups
				listen_addresses = 'localhost'
				port = %d
				unix_socket_directories = '%s'
				fsync = on
				synchronous_commit = on
				full_page_writes = on
				wal_level = replica
				max_wal_senders = 4
				max_connections = 200
				""".formatted(port, sockets), java.nio.file.StandardOpenOption.APPEND);
		return postgres;
	}

	/** A cluster whose data directory exists already (a restored backup, say). */
	static ScratchPostgres existing(Path directory, Path dataDirectory, int port)
			throws IOException, InterruptedException {
		Path sockets = directory.resolve("sockets");
		Files.createDirectories(sockets);
		ScratchPostgres postgres = new ScratchPostgres(binaries(), dataDirectory, sockets, port);
		postgres.ownByPostgres(directory);
		return postgres;
	}

	/**
	 * Starts the server and waits until it accepts connections; returns how long that
	 * took.
	 */
	Duration start() throws IOException, InterruptedException {
		Instant started = Instant.now();
		List<String> command = asPostgres(
				List.of(this.bin.resolve("postgres").toString(), "-D", this.dataDirectory.toString(), "-p",
						Integer.toString(this.port), "-k", this.socketDirectory.toString()));
		this.server = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.dataDirectory.resolveSibling("server.log").toFile()))
			.start();
		Instant deadline = started.plus(Duration.ofMinutes(3));
		while (Instant.now().isBefore(deadline)) {
			try (Connection connection = connect("postgres")) {
				return Duration.between(started, Instant.now());
			}
			catch (SQLException notYet) {
				if (!this.server.isAlive()) {
					throw new IllegalStateException(
							"PostgreSQL exited: see " + this.dataDirectory.resolveSibling("server.log"));
				}
				Thread.sleep(100);
			}
		}
		throw new IllegalStateException("PostgreSQL did not accept connections within 3 minutes");
	}

	/** SIGKILL to the postmaster and every backend at once: no shutdown checkpoint. */
	void kill() throws InterruptedException {
		if (this.server == null) {
			return;
		}
		List<ProcessHandle> all = new ArrayList<>(this.server.descendants().toList());
		all.add(this.server.toHandle());
		all.forEach(ProcessHandle::destroyForcibly);
		for (ProcessHandle process : all) {
			process.onExit().join();
		}
		// Backends notice their postmaster is gone; wait until none holds the data
		// directory.
		Thread.sleep(200);
		this.server = null;
	}

	void stop() throws IOException, InterruptedException {
		if (this.server != null) {
			run(List.of(this.bin.resolve("pg_ctl").toString(), "-D", this.dataDirectory.toString(), "-m", "fast", "-w",
					"stop"), this.dataDirectory.resolveSibling("pg_ctl.log"));
			this.server.waitFor();
			this.server = null;
		}
	}

	Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(jdbcUrl(database), "postgres", "");
	}

	String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + this.port + "/" + database;
	}

	int port() {
		return this.port;
	}

	Path dataDirectory() {
		return this.dataDirectory;
	}

	/**
	 * Runs one of the cluster's client programs (pg_amcheck, pg_basebackup) against it;
	 * returns its exit code.
	 */
	int client(String program, Path log, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(this.bin.resolve(program).toString(), "-h",
				this.socketDirectory.toString(), "-p", Integer.toString(this.port), "-U", "postgres"));
		command.addAll(Arrays.asList(arguments));
		return run(command, log);
	}

	int run(List<String> command, Path log) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(asPostgres(command)).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		return process.waitFor();
	}

	void ownByPostgres(Path directory) throws IOException, InterruptedException {
		if (ROOT) {
			new ProcessBuilder("chown", "-R", "postgres:postgres", directory.toString()).inheritIO().start().waitFor();
		}
	}

	private static List<String> asPostgres(List<String> command) {
		if (!ROOT) {
			return command;
		}
		List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
		wrapped.addAll(command);
		return wrapped;
	}

	/** The newest PostgreSQL under /usr/lib/postgresql (Debian's layout). */
	private static Path binaries() throws IOException {
		try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
			return versions.filter((version) -> Files.isExecutable(version.resolve("bin/postgres")))
				.max(Comparator.comparingInt((Path version) -> Integer.parseInt(version.getFileName().toString())))
				.map((version) -> version.resolve("bin"))
				.orElseThrow(() -> new IllegalStateException(
						"No PostgreSQL under /usr/lib/postgresql: apt-get install postgresql"));
		}
	}

}
