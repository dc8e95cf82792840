package org.paipmanager.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One PAIP Manager process started from the built jar against a scratch PostgreSQL, as in
 * production: the application role, the owner for Flyway, the victim compartment's own
 * role, and its keys in a directory of the drill.
 */
final class AppNode {

	private final Process process;

	private final int port;

	private AppNode(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * Options of a node that is started, killed and restarted often: quick start-up (the
	 * first JIT tier only), not the speed of a node that runs for long.
	 */
	static final List<String> QUICK_START = List.of("-Xmx768m", "-XX:TieredStopAtLevel=1");

	/** Starts a node and waits until its health endpoint answers UP. */
	static AppNode start(Path jar, ScratchPostgres postgres, int port, Path workDirectory, Map<String, String> settings)
			throws IOException, InterruptedException {
		return start(jar, postgres, port, workDirectory, settings, QUICK_START);
	}

	/** Starts a node with the given JVM options and waits until it answers UP. */
	static AppNode start(Path jar, ScratchPostgres postgres, int port, Path workDirectory, Map<String, String> settings,
			List<String> jvmOptions) throws IOException, InterruptedException {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>();
		command.add(java);
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port,
				"--paip.victim.key-directory=" + workDirectory.resolve("keys")));
		settings.forEach((key, value) -> command.add("--" + key + "=" + value));
		ProcessBuilder builder = new ProcessBuilder(command).directory(workDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(workDirectory.resolve("app-" + port + ".log").toFile()));
		Map<String, String> environment = builder.environment();
		environment.put("SPRING_DATASOURCE_URL", postgres.jdbcUrl("paip"));
		environment.put("SPRING_DATASOURCE_USERNAME", "paip_app");
		environment.put("SPRING_DATASOURCE_PASSWORD", "drill");
		environment.put("SPRING_FLYWAY_USER", "postgres");
		environment.put("SPRING_FLYWAY_PASSWORD", "");
		environment.put("PAIP_VICTIM_DATASOURCE_USERNAME", "paip_victim");
		environment.put("PAIP_VICTIM_DATASOURCE_PASSWORD", "drill");
		AppNode node = new AppNode(builder.start(), port);
		node.awaitHealthy(Duration.ofMinutes(5));
		return node;
	}

	private void awaitHealthy(Duration limit) throws InterruptedException {
		HttpClient client = HttpClient.newHttpClient();
		Instant deadline = Instant.now().plus(limit);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The application exited with " + this.process.exitValue());
			}
			try {
				HttpResponse<String> health = client.send(
						HttpRequest.newBuilder(URI.create(base() + "/actuator/health")).GET().build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("UP")) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("The application was not healthy within " + limit);
	}

	/** SIGKILL: no shutdown hook, no graceful end of requests in flight. */
	void kill() {
		this.process.descendants().forEach(ProcessHandle::destroyForcibly);
		this.process.destroyForcibly();
		this.process.toHandle().onExit().join();
	}

	void stop() throws InterruptedException {
		this.process.destroy();
		this.process.waitFor();
	}

	/** CPU time the node's JVM has used so far, every thread (the JIT compiler's too). */
	Duration cpuTime() {
		return this.process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
	}

	boolean alive() {
		return this.process.isAlive();
	}

	/**
	 * How the node ended: its exit code, 137 for a SIGKILL such as the kernel's OOM
	 * killer.
	 */
	String exitDescription() {
		return this.process.isAlive() ? "running" : "exit code " + this.process.exitValue();
	}

	int port() {
		return this.port;
	}

	String base() {
		return "http://localhost:" + this.port;
	}

}
