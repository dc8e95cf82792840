package org.paipmanager.bench;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.paipmanager.AgencyFixture;
import org.paipmanager.WebSession;
import org.paipmanager.referralreports.ReferralReportsManagement;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Case pages under 50 concurrent signed-in users (issue 6): a load generator in this JVM,
 * one virtual thread per user, each with its own cookie session signed in for real
 * (password, then the TOTP code), over loopback against the running application. Each
 * user loops over the participant file, a group's attendance sheet, the home page with
 * its work queues and a monthly report's page, on different participants, groups and
 * reports of the largest agency. Two phases: users who read each page for a moment (think
 * time uniform 0.5-1.5 s), then users who never pause (the throughput the application
 * sustains, where latency is mostly queueing).
 */
final class LoadTestBenchmark {

	static final double TARGET_P95_MS = 50.0;

	private static final String[] PAGES = { "participant file", "attendance sheet", "home", "report page" };

	private final BenchmarkRun.Options options;

	private final List<Timings> timings;

	private final Map<String, String> notes;

	private final List<BenchmarkReport.Result> results;

	private final ConfigurableApplicationContext app;

	private final Connection owner;

	private final AgencyId agency;

	private final int port;

	LoadTestBenchmark(BenchmarkRun.Options options, List<Timings> timings, Map<String, String> notes,
			List<BenchmarkReport.Result> results, ConfigurableApplicationContext app, Connection owner,
			AgencyId agency) {
		this.options = options;
		this.timings = timings;
		this.notes = notes;
		this.results = results;
		this.app = app;
		this.owner = owner;
		this.agency = agency;
		this.port = Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
	}

	/** Runs as a director of the agency (writes the reports the users read). */
	void run() throws SQLException {
		int users = this.options.loadUsers();
		List<UUID> participants = ids("""
				select p.id from participant p where p.agency_id = ? and p.stage = 'ENROLLED'
				order by md5(p.id::text) limit 400""");
		List<String> sheets = new ArrayList<>();
		try (PreparedStatement query = this.owner.prepareStatement(
				"""
						select s.group_id, max(s.held_on) from group_session s join program_group g on g.id = s.group_id
						where g.agency_id = ? and s.held_on <= ? group by s.group_id order by md5(s.group_id::text) limit 100""")) {
			query.setObject(1, this.agency.value());
			query.setObject(2, StatewideDataSet.AS_OF);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					sheets.add("/groups/" + rs.getObject(1) + "/attendance?date=" + rs.getObject(2, LocalDate.class));
				}
			}
		}
		ReferralReportsManagement reports = this.app.getBean(ReferralReportsManagement.class);
		List<UUID> reportIds = new ArrayList<>();
		for (UUID participant : participants.subList(0, 50)) {
			reportIds.add(reports.generateMonthly(new ParticipantId(participant),
					MonthlyBatchBenchmark.MONTH.minusMonths(3)));
		}
		List<WebSession> sessions = new ArrayList<>();
		Timings signIn = new Timings("load test: sign-in, password and TOTP (one user after another)");
		for (int u = 0; u < users; u++) {
			AgencyFixture.StaffUser user = AgencyFixture.in(this.app).newUser(this.agency, Role.FACILITATOR);
			WebSession session = new WebSession(this.port);
			long started = System.nanoTime();
			int status = session.signIn(user).statusCode();
			signIn.add(System.nanoTime() - started);
			if (status != 302 || session.get("/").statusCode() != 200) {
				throw new IllegalStateException("Load-test user " + u + " could not sign in: " + status);
			}
			sessions.add(session);
		}
		this.timings.add(signIn);
		List<List<String>> paths = List.of(participants.stream().map((id) -> "/participants/" + id).toList(), sheets,
				List.of("/"), reportIds.stream().map((id) -> "/referral-reports/" + id).toList());
		alone(sessions.get(0), paths);
		phase("paced", sessions, paths, 500, 1500);
		phase("no pause", sessions, paths, 0, 0);
		this.notes.put("load test", users + " facilitators of the largest agency, each signed in with password and "
				+ "TOTP in its own cookie session (java.net.http, one virtual thread per user, in the benchmark's JVM, "
				+ "so the generator shares the 2 cores with the application); pages: " + String.join(", ", PAGES)
				+ " over " + participants.size() + " participants, " + sheets.size() + " groups' sheets, "
				+ reportIds.size() + " reports; warm-up " + this.options.loadWarmupSeconds() + " s, measured "
				+ this.options.loadSeconds() + " s per phase");
	}

	/**
	 * Each page requested by one user at a time, for what a page costs without queueing,
	 * then again with pg_stat_statements on for the statements it sends.
	 */
	private void alone(WebSession session, List<List<String>> paths) throws SQLException {
		int calls = 40;
		for (int page = 0; page < PAGES.length; page++) {
			List<String> choices = paths.get(page);
			Timings timings = new Timings("load test (one user at a time): " + PAGES[page]);
			CpuMeter cpu = null;
			for (int i = 0; i < calls; i++) {
				if (i == 10) {
					cpu = CpuMeter.now();
				}
				String path = choices.get((i + 101) % choices.size());
				BenchmarkRun.time((i >= 10) ? timings : null, () -> ok(session.get(path)));
			}
			this.notes.put("cpu per request (one user at a time): " + PAGES[page],
					CpuMeter.now().perRequestSince(cpu, calls - 10));
			this.timings.add(timings);
			BenchmarkRun.profile(this.owner, this.notes, "page " + PAGES[page] + " (HTTP)", 10,
					(i) -> ok(session.get(choices.get((i + 211) % choices.size()))));
		}
	}

	private static HttpResponse<String> ok(HttpResponse<String> response) {
		if (response.statusCode() != 200) {
			throw new IllegalStateException(response.uri() + " answered " + response.statusCode());
		}
		return response;
	}

	private void phase(String name, List<WebSession> sessions, List<List<String>> paths, int thinkMin, int thinkMax) {
		long warmupNanos = this.options.loadWarmupSeconds() * 1_000_000_000L;
		long measureNanos = this.options.loadSeconds() * 1_000_000_000L;
		ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
		AtomicLong errors = new AtomicLong();
		CountDownLatch done = new CountDownLatch(sessions.size());
		long start = System.nanoTime() + 200_000_000L;
		long measureFrom = start + warmupNanos;
		long end = measureFrom + measureNanos;
		AtomicLong finished = new AtomicLong();
		CpuMeter[] cpuFrom = new CpuMeter[1];
		long[] finishedFrom = new long[1];
		Thread.ofVirtual().name("load-cpu-meter").start(() -> {
			try {
				Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
				finishedFrom[0] = finished.get();
				cpuFrom[0] = CpuMeter.now();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		for (int u = 0; u < sessions.size(); u++) {
			WebSession session = sessions.get(u);
			int user = u;
			Thread.ofVirtual().name("load-user-" + u).start(() -> {
				try {
					ThreadLocalRandom random = ThreadLocalRandom.current();
					int page = user % PAGES.length;
					int step = 0;
					while (System.nanoTime() < start) {
						Thread.sleep(1);
					}
					// Users start spread over the first think time, not all at once.
					if (thinkMax > 0) {
						Thread.sleep(random.nextInt(thinkMax));
					}
					while (System.nanoTime() < end) {
						List<String> choices = paths.get(page);
						String path = choices.get((user * 7 + step) % choices.size());
						long sent = System.nanoTime();
						HttpResponse<String> response = session.get(path);
						long received = System.nanoTime();
						finished.incrementAndGet();
						if (response.statusCode() != 200) {
							errors.incrementAndGet();
						}
						if (sent >= measureFrom && received <= end) {
							samples.add(new long[] { page, received - sent });
						}
						page = (page + 1) % PAGES.length;
						step++;
						if (thinkMax > 0) {
							Thread.sleep(thinkMin + random.nextInt(thinkMax - thinkMin + 1));
						}
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				catch (RuntimeException ex) {
					errors.incrementAndGet();
				}
				finally {
					done.countDown();
				}
			});
		}
		try {
			done.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		if (cpuFrom[0] != null) {
			this.notes.put("cpu per request (" + name + " phase, warm-up end to last answer)",
					CpuMeter.now().perRequestSince(cpuFrom[0], finished.get() - finishedFrom[0]));
		}
		String think = (thinkMax > 0) ? String.format(Locale.ROOT, "think %.1f-%.1f s", thinkMin / 1e3, thinkMax / 1e3)
				: "no think time";
		Timings all = new Timings("load test (" + name + ", " + sessions.size() + " users, " + think + "): all pages");
		List<Timings> perPage = new ArrayList<>();
		for (String page : PAGES) {
			perPage.add(new Timings("load test (" + name + "): " + page));
		}
		for (long[] sample : samples) {
			all.add(sample[1]);
			perPage.get((int) sample[0]).add(sample[1]);
		}
		if (all.count() == 0) {
			throw new IllegalStateException("No request finished in the measured window of phase " + name);
		}
		this.timings.add(all);
		this.timings.addAll(perPage);
		double seconds = measureNanos / 1e9;
		this.results.add(new BenchmarkReport.Result(
				"Case pages, " + sessions.size() + " signed-in users, " + think + " (HTTP, loopback)",
				String.format(Locale.ROOT, "p50 / p95 / p99 %.1f / %.1f / %.1f ms; %.1f requests/s; %d errors",
						all.percentile(50), all.percentile(95), all.percentile(99), all.count() / seconds,
						errors.get()),
				String.format(Locale.ROOT, "p95 by page: %s", pagesP95(perPage)),
				String.format(Locale.ROOT, "p95 ≤ %.0f ms", TARGET_P95_MS),
				all.percentile(95) <= TARGET_P95_MS && errors.get() == 0));
	}

	private static String pagesP95(List<Timings> perPage) {
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < PAGES.length; i++) {
			Timings t = perPage.get(i);
			parts.add(PAGES[i] + " " + ((t.count() > 0) ? String.format(Locale.ROOT, "%.0f", t.percentile(95)) : "-"));
		}
		return String.join(", ", parts);
	}

	private List<UUID> ids(String query) throws SQLException {
		List<UUID> ids = new ArrayList<>();
		try (PreparedStatement statement = this.owner.prepareStatement(query)) {
			statement.setObject(1, this.agency.value());
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					ids.add(rs.getObject(1, UUID.class));
				}
			}
		}
		return ids;
	}

}
